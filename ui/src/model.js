// The editor's graph <-> a playbook mapping (the same shape as the YAML file).
import { applyLayout } from './layout.js'
import { SUBKEY } from './kinds.js'

// Nodes carry a stable React Flow id; the playbook id lives in data.nodeId, so
// renaming a node keeps its edges. Edges into a node, in array order, are its
// `inputs` (so an error at spec.nodes[i].inputs[j] maps back to one edge).

// Kinds, their subtype fields and palette entries come from the node-kind registry (kinds.js).
export { KINDS, SUBKEY } from './kinds.js'
export const NODE_ID = /^[a-z][a-z0-9_]{0,39}$/

let counter = 0
export const uid = (prefix = 'n') => `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}`

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v)
const nonEmpty = (v) => v !== undefined && v !== null && v !== '' && !(isObject(v) && Object.keys(v).length === 0) && !(Array.isArray(v) && v.length === 0)

export function emptyMeta() {
  return { name: 'my-pipeline', version: '0.1.0', description: '', owner: '', labels: {}, parameters: {}, platform: 'aws',
    extra: {}, specExtra: {}, saveLayout: true, layoutExtra: {} }
}

export function uniqueNodeId(base, nodes) {
  const taken = new Set(nodes.map((n) => n.data.nodeId))
  const clean = (base || 'node').toLowerCase().replace(/[^a-z0-9_]/g, '_').replace(/^[^a-z]+/, '') || 'node'
  if (!taken.has(clean)) return clean
  for (let i = 2; ; i++) if (!taken.has(`${clean}_${i}`)) return `${clean}_${i}`
}

export function newStepNode(kind, subtype, position, nodes, extra = {}) {
  const base = extra.use ? extra.use.split('@')[0].replace(/-/g, '_') : subtype || kind
  return {
    id: uid(), type: 'step', position,
    data: { nodeId: uniqueNodeId(base, nodes), kind, subtype, description: '', config: {}, ...extra },
  }
}

export function fromPlaybook(doc) {
  const md = isObject(doc?.metadata) ? doc.metadata : {}
  const spec = isObject(doc?.spec) ? doc.spec : {}
  const { name = '', version = '', description = '', owner, labels, ...mdExtra } = md
  const { platform = 'aws', nodes: specNodes = [], inputs: declared = {}, ...specExtra } = spec
  const { parameters } = specExtra
  // Saved positions (the optional top-level `layout:`); other keys under it are kept as they are.
  const { nodes: saved = {}, ...layoutExtra } = isObject(doc?.layout) ? doc.layout : {}
  const meta = { name, version, description, platform, owner: owner ?? '', labels: isObject(labels) ? labels : {},
    parameters: isObject(parameters) ? parameters : {}, extra: mdExtra, specExtra, explicitDescription: 'description' in md,
    explicitPlatform: 'platform' in spec, explicitOwner: 'owner' in md, explicitLabels: 'labels' in md,
    explicitParameters: 'parameters' in spec, saveLayout: isObject(doc?.layout), layoutExtra }
  const nodes = []
  const byName = new Map()
  Object.entries(isObject(declared) ? declared : {}).forEach(([input, dataKind]) => {
    const node = { id: uid(), type: 'pipelineInput', position: { x: 0, y: 0 }, data: { nodeId: input, dataKind } }
    nodes.push(node)
    byName.set(input, node)
  })
  const pending = []
  ;(Array.isArray(specNodes) ? specNodes : []).forEach((raw) => {
    const { id, type, inputs, config, description: nodeDescription, use, with: withParams, pipeline, ...rest } = raw || {}
    const subKey = SUBKEY[type]
    const subtype = subKey ? rest[subKey] ?? null : null
    if (subKey) delete rest[subKey]
    const data = {
      nodeId: id ?? '', kind: type, subtype, description: nodeDescription ?? '', config: isObject(config) ? config : {},
      inputsMap: isObject(inputs), extra: rest, dangling: [],
      // Keys written explicitly empty (config: {}, inputs: [], ...) are written back the same way.
      explicit: ['config', 'inputs', 'with', 'description'].filter((k) => k in (raw || {})),
    }
    if (type === 'pipeline') Object.assign(data, { use: use ?? null, with: isObject(withParams) ? withParams : {}, pipeline: pipeline ?? null })
    const node = { id: uid(), type: 'step', position: { x: 0, y: 0 }, data }
    nodes.push(node)
    if (id && !byName.has(id)) byName.set(id, node)
    pending.push([node, inputs])
  })
  const edges = []
  pending.forEach(([node, inputs]) => {
    const entries = isObject(inputs) ? Object.entries(inputs) : Array.isArray(inputs) ? inputs.map((r) => [null, r]) : []
    entries.forEach(([input, ref]) => {
      const [sourceName, output] = String(ref).split('.')
      const source = byName.get(sourceName)
      if (!source) { node.data.dangling.push(input ? [input, ref] : ref); return }
      edges.push(makeEdge(source.id, node.id, { output: output ?? null, input }))
    })
  })
  const laid = applyLayout(nodes, edges)
  const restored = laid.nodes.map((n) => {
    const at = isObject(saved) ? saved[n.data.nodeId] : null
    return at && Number.isFinite(at.x) && Number.isFinite(at.y) ? { ...n, position: { x: at.x, y: at.y } } : n
  })
  const moved = new Set(restored.filter((n, i) => n.position !== laid.nodes[i].position).map((n) => n.id))
  // A saved position differs from the computed one: its edges are drawn as plain curves.
  const laidEdges = laid.edges.map((e) => (moved.has(e.source) || moved.has(e.target) ? { ...e, data: { ...e.data, route: null } } : e))
  return { meta, nodes: restored, edges: laidEdges, restoredPositions: moved.size > 0 }
}

export function makeEdge(source, target, data = {}) {
  return { id: uid('e'), source, target, type: 'default', data: { output: null, input: null, ...data } }
}

export function edgeRef(edge, nodesById) {
  const source = nodesById.get(edge.source)
  const name = source ? source.data.nodeId : '?'
  return edge.data?.output ? `${name}.${edge.data.output}` : name
}

// Returns {playbook, index}; index.nodes[i] is the React Flow id of spec.nodes[i],
// index.inputs[rfId][j] the edge id of that node's inputs[j].
export function toPlaybook(meta, nodes, edges) {
  const own = nodes.filter((n) => !n.data.inner)
  const nodesById = new Map(own.map((n) => [n.id, n]))
  const ownEdges = edges.filter((e) => !e.data?.inner && nodesById.has(e.source) && nodesById.has(e.target))
  const index = { nodes: [], inputs: {}, declared: {} }
  const declared = {}
  own.filter((n) => n.type === 'pipelineInput').forEach((n) => {
    declared[n.data.nodeId] = n.data.dataKind || 'dataset'
    index.declared[n.data.nodeId] = n.id
  })
  const specNodes = own.filter((n) => n.type === 'step').map((n) => {
    const d = n.data
    const out = { id: d.nodeId, type: d.kind }
    if (SUBKEY[d.kind]) out[SUBKEY[d.kind]] = d.subtype
    Object.assign(out, d.extra || {})
    const keep = (key, value) => nonEmpty(value) || (d.explicit || []).includes(key)
    if (keep('description', d.description)) out.description = d.description ?? ''
    if (d.kind === 'pipeline') {
      if (d.use) out.use = d.use
      if (d.pipeline) out.pipeline = d.pipeline
      if (keep('with', d.with)) out.with = d.with || {}
    }
    const incoming = ownEdges.filter((e) => e.target === n.id)
    index.nodes.push(n.id)
    index.inputs[n.id] = incoming.map((e) => e.id)
    if (d.inputsMap) {
      const mapped = {}
      incoming.forEach((e, j) => { mapped[e.data?.input || `input_${j + 1}`] = edgeRef(e, nodesById) })
      ;(d.dangling || []).forEach(([k, ref]) => { mapped[k] = ref })
      if (keep('inputs', mapped)) out.inputs = mapped
    } else {
      const refs = [...incoming.map((e) => edgeRef(e, nodesById)), ...(d.dangling || [])]
      if (keep('inputs', refs)) out.inputs = refs
    }
    const config = cleanConfig(d.config)
    if (keep('config', config)) out.config = config
    return out
  })
  const metadata = { name: meta.name, version: meta.version }
  if (meta.description || meta.explicitDescription) metadata.description = meta.description ?? ''
  if (meta.owner || meta.explicitOwner) metadata.owner = meta.owner || null
  if (nonEmpty(meta.labels) || meta.explicitLabels) metadata.labels = meta.labels || {}
  Object.assign(metadata, meta.extra || {})
  const spec = meta.platform !== 'aws' || meta.explicitPlatform !== false ? { platform: meta.platform || 'aws' } : {}
  const keepParameters = nonEmpty(meta.parameters) || meta.explicitParameters
  Object.entries(meta.specExtra || {}).forEach(([k, v]) => {
    if (k !== 'parameters') spec[k] = v
    else if (keepParameters) spec.parameters = meta.parameters || {} // where the file had it
  })
  if (keepParameters && !spec.parameters) spec.parameters = meta.parameters || {}
  if (nonEmpty(declared)) spec.inputs = declared
  spec.nodes = specNodes
  const playbook = { apiVersion: 'playbooks/v1', kind: 'Pipeline', metadata, spec }
  // Positions are written once the user placed something (or the file had them), so an
  // untouched library playbook saves back to exactly the same document.
  if (meta.saveLayout) {
    const positions = {}
    own.filter((n) => n.data.nodeId && NODE_ID.test(n.data.nodeId)).forEach((n) => {
      const shift = n.data.layoutShift || {} // made room for an opened sub-pipeline: not where the user put it
      positions[n.data.nodeId] = { x: Math.round(n.position.x - (shift.dx || 0)), y: Math.round(n.position.y - (shift.dy || 0)) }
    })
    playbook.layout = { ...(meta.layoutExtra || {}), nodes: positions }
  }
  return { playbook, index }
}

function cleanConfig(config) {
  const out = {}
  Object.entries(config || {}).forEach(([k, v]) => { if (v !== undefined && v !== '') out[k] = v })
  return out
}

// Where in the editor an error path points: {node, edge, field, meta}.
export function locateError(path, index) {
  const m = /^spec\.nodes\[(\d+)\](.*)$/.exec(path || '')
  if (m) {
    const node = index.nodes[Number(m[1])]
    const rest = m[2]
    const input = /^\.inputs(?:\[(\d+)\]|\.([a-z0-9_]+))?/.exec(rest)
    if (input && node) {
      const edges = index.inputs[node] || []
      if (input[1] !== undefined) return { node, edge: edges[Number(input[1])] ?? null }
      return { node, edges }
    }
    const field = /^\.config\.([A-Za-z0-9_]+)/.exec(rest)
    return { node, field: field ? field[1] : null }
  }
  const param = /^spec\.parameters\.([a-z0-9_]+)/.exec(path || '')
  if (param) return { meta: 'parameters', param: param[1] }
  if (/^spec\.parameters/.test(path || '')) return { meta: 'parameters' }
  const meta = /^metadata\.([a-z_]+)/.exec(path || '') || /^spec\.(platform)/.exec(path || '')
  if (meta) return { meta: meta[1] }
  const declared = /^spec\.inputs\.([a-z0-9_]+)/.exec(path || '')
  if (declared && index.declared[declared[1]]) return { node: index.declared[declared[1]] }
  return {}
}
