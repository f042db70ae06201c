// Expanded sub-pipelines: the child playbook's nodes drawn inside the node, read-only,
// laid out by the same layered layout; a nested sub-pipeline expands in place, to any depth.
// `expansions` maps a container id (a canvas node id, or `<container>::<child node id>`)
// to the child playbook document it shows.
import { dagreLayout } from './layout.js'
import { fromPlaybook } from './model.js'

export const INNER_W = 190
export const INNER_H = 62
export const INNER_PIPELINE_H = 96
const HEADER = 92 // room for the container's own title, reference and buttons
const PAD = 14

export function childDocOf(data, resolved) {
  if (data.pipeline) return { metadata: { name: data.pipeline.name || data.nodeId, version: 'inline' }, spec: data.pipeline.spec }
  return resolved
}

// -> {nodes, edges, size}; node ids `${containerId}::${nodeId}`, parents listed before their children.
export function innerTree(containerId, path, doc, expansions, handlers, depth = 0) {
  const child = fromPlaybook(doc)
  const idOf = new Map(child.nodes.map((n) => [n.id, `${containerId}::${n.data.nodeId}`]))
  const subtrees = {}
  child.nodes.forEach((n) => {
    const id = idOf.get(n.id)
    const entry = expansions[id]
    if (entry?.doc && depth < 12) subtrees[id] = innerTree(id, `${path}/${n.data.nodeId}`, entry.doc, expansions, handlers, depth + 1)
  })
  const laidNodes = child.nodes.map((n) => ({ id: idOf.get(n.id) }))
  const laidEdges = child.edges.map((e) => ({ id: e.id, source: idOf.get(e.source), target: idOf.get(e.target) }))
  const kindOf = new Map(child.nodes.map((n) => [idOf.get(n.id), n.data.kind]))
  const sizes = Object.fromEntries(laidNodes.map((n) => [n.id, subtrees[n.id]?.size
    || { width: INNER_W, height: kindOf.get(n.id) === 'pipeline' ? INNER_PIPELINE_H : INNER_H }]))
  const { positions, size } = dagreLayout(laidNodes, laidEdges, { sizes, ranksep: 50, nodesep: 18, marginx: PAD, marginy: 0 })
  const nodes = []
  const edges = []
  child.nodes.forEach((n) => {
    const id = idOf.get(n.id)
    const sub = subtrees[id]
    const nodePath = `${path}/${n.data.nodeId}`
    const kind = n.type === 'pipelineInput' ? 'input' : n.data.kind
    const isPipeline = kind === 'pipeline'
    nodes.push({
      id, type: 'inner', parentId: containerId, extent: 'parent', draggable: false, selectable: false, connectable: false,
      focusable: isPipeline, position: { x: positions[id].x, y: positions[id].y + HEADER },
      // React Flow gives a node that is neither draggable nor selectable `pointer-events: none`; the buttons need them.
      style: { width: sizes[id].width, height: sizes[id].height, ...(isPipeline ? { pointerEvents: 'all' } : {}) },
      width: sizes[id].width, height: sizes[id].height,
      data: {
        ...n.data, kind, inner: true, path: nodePath, expanded: !!sub, expandError: expansions[id]?.error || null,
        ...(isPipeline ? { onToggle: () => handlers.toggle(id, n.data), onOpen: n.data.use ? () => handlers.open(n.data.use) : null } : {}),
      },
    })
    if (sub) { nodes.push(...sub.nodes); edges.push(...sub.edges) }
  })
  child.edges.forEach((e, i) => edges.push({
    id: `${idOf.get(e.source)}>${idOf.get(e.target)}#${i}`, type: 'routed', source: idOf.get(e.source), target: idOf.get(e.target), selectable: false, deletable: false,
    focusable: false, data: { inner: true }, className: 'inner-edge',
  }))
  return {
    nodes, edges, name: `${doc?.metadata?.name}@${doc?.metadata?.version}`,
    size: { width: Math.max(260, size.width + 2 * PAD), height: HEADER + Math.max(INNER_H, size.height) + PAD },
  }
}
