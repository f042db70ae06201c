// The validation errors, placed: on the node, connection, config field or pipeline setting they are
// about (model.js locateError), and as the problems list, each item naming the node it is about.
// A cycle is reported by the server at one node's `inputs`; it is pinned to the one connection of
// that node that closes the loop, not to every input of the node.
import { locateError } from './model.js'
import { plainMessage } from './plain.js'

const CYCLE = /^cycle in the graph: (.+); expected/

// The connection closing the cycle "a -> b -> c -> a": from the second-to-last node to the last one.
function cycleEdge(message, edges, nodes) {
  const m = CYCLE.exec(String(message || ''))
  if (!m) return null
  const names = m[1].split(' -> ')
  if (names.length < 2) return null
  const [from, to] = names.slice(-2)
  const idOf = (name) => nodes.find((n) => n.data.nodeId === name)?.id
  return edges.find((e) => e.source === idOf(from) && e.target === idOf(to))?.id || null
}

// The server words some messages "node 'x' (kind) expects…": on the node and in the list (which names it) that is said already.
const withoutNodePrefix = (text) => text.replace(/^node '[^']+' \([^)]*\) /, '')

export function placeProblems(errors, index, nodes, edges) {
  const byNode = {}, byEdge = {}, byField = {}, byMeta = {}, general = [], items = []
  const nameOf = (id) => nodes.find((n) => n.id === id)?.data.nodeId
  errors.forEach((err) => {
    const where = locateError(err.path, index)
    const text = plainMessage(err.message, err.path)
    const pinned = where.node ? cycleEdge(err.message, edges, nodes) : null
    if (where.meta) {
      if (where.param) (byMeta.parameterErrors ||= {})[where.param] = text
      else byMeta[where.meta] = text
    }
    if (where.node) {
      if (where.field) (byField[where.node] ||= {})[where.field] = text
      ;(byNode[where.node] ||= []).push(where.field ? `${where.field}: ${text}` : withoutNodePrefix(text))
    }
    const edgeIds = pinned ? [pinned] : [where.edge, ...(where.edges || [])].filter(Boolean)
    edgeIds.forEach((id) => (byEdge[id] ||= []).push(text))
    if (!where.node && !where.meta) general.push(text)
    items.push({
      text: where.node ? withoutNodePrefix(text) : text, path: err.path, node: where.node || null, nodeName: where.node ? nameOf(where.node) : null,
      field: where.field || null, edge: pinned || where.edge || null, meta: where.meta || null,
    })
  })
  return { byNode, byEdge, byField, byMeta, general, items }
}
