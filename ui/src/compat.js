// Whether a connection can fit the kinds at its two ends, from the node-kind registry's entries
// (kinds.js: what each kind consumes, as counts per data kind, and what it produces), so the canvas
// refuses it while it is dragged and "Add an input from…" offers only nodes that fit.
// The server's validation (playbooks/graph_checks.py, Consumes.violation) stays the authority; this
// answers only "can this connection ever be right?", never "is the graph complete?" (too few inputs
// is normal while the user is still building).
import { KIND_ENTRY } from './kinds.js'

const entryOf = (node) => KIND_ENTRY[node.data.subtype ? `${node.data.kind}/${node.data.subtype}` : node.data.kind]
const nameOf = (node) => node.data.nodeId || 'this node'
const article = (word) => (/^[aeiou]/.test(word) ? 'an' : 'a')

// What a node hands downstream: 'dataset', 'model', null (nothing), or undefined (not known here:
// a sub-pipeline's outputs are its child's business, and the server checks them).
export function producedBy(node) {
  if (node.type === 'pipelineInput') return node.data.dataKind || 'dataset'
  if (node.data.kind === 'pipeline') return undefined
  return entryOf(node)?.produces
}

function reaches(from, to, edges) {
  const seen = new Set()
  const walk = (id) => {
    if (id === to) return true
    if (seen.has(id)) return false
    seen.add(id)
    return edges.some((e) => e.source === id && walk(e.target))
  }
  return walk(from)
}

// Why `source` cannot feed `target` (a sentence), or null when it may.
export function connectionProblem(source, target, nodes, edges) {
  if (!source || !target) return null
  if (source.id === target.id) return `${nameOf(source)} cannot feed itself`
  if (edges.some((e) => e.source === source.id && e.target === target.id)) return `${nameOf(source)} already feeds ${nameOf(target)}`
  if (target.type === 'pipelineInput') return `${nameOf(target)} is a pipeline input: it takes no inputs`
  if (reaches(target.id, source.id, edges)) return `${nameOf(source)} already depends on ${nameOf(target)}: this would make a loop`
  const produced = producedBy(source)
  const sourceEntry = source.type === 'pipelineInput' ? null : entryOf(source)
  if (produced === null) {
    return `${nameOf(source)} (${sourceEntry?.subtype_label || sourceEntry?.label || source.data.kind}) produces nothing another node can use`
  }
  if (target.data.kind === 'pipeline') return null
  const entry = entryOf(target)
  if (!entry) return null
  const what = entry.subtype_label || entry.label
  if (!entry.consumes) return `${nameOf(target)} (${what}) takes no inputs`
  if (produced === undefined || !entry.consumes[`${produced}s`]) return null
  const [, most] = entry.consumes[`${produced}s`]
  if (most === 0) return `${nameOf(target)} (${what}) expects ${entry.expects}; ${nameOf(source)} produces ${article(produced)} ${produced}`
  const byId = new Map(nodes.map((n) => [n.id, n]))
  const already = edges.filter((e) => e.target === target.id && byId.get(e.source) && producedBy(byId.get(e.source)) === produced).length
  if (most !== null && already >= most) {
    return `${nameOf(target)} (${what}) expects ${entry.expects} and already has ${already === 1 ? 'one' : already}`
  }
  return null
}
