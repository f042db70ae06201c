// Expanding a sub-pipeline node: its child playbook's nodes drawn inside it (read-only).
import { fromPlaybook } from './model.js'

const INNER_W = 170
const INNER_H = 70

export function innerGraph(parent, childDoc) {
  const child = fromPlaybook(childDoc)
  let width = 240
  let height = 120
  const nodes = child.nodes.map((n) => {
    const position = { x: 20 + (n.position.x - 40) * (INNER_W + 30) / 260, y: 90 + (n.position.y - 40) * (INNER_H + 20) / 130 }
    width = Math.max(width, position.x + INNER_W + 20)
    height = Math.max(height, position.y + INNER_H + 20)
    return {
      id: `${parent.id}::${n.id}`, type: 'inner', parentId: parent.id, extent: 'parent', draggable: false,
      selectable: false, connectable: false, position,
      data: { ...n.data, kind: n.type === 'pipelineInput' ? 'input' : n.data.kind, inner: true },
    }
  })
  const edges = child.edges.map((e) => ({
    id: `${parent.id}::${e.id}`, source: `${parent.id}::${e.source}`, target: `${parent.id}::${e.target}`,
    selectable: false, deletable: false, data: { inner: true }, className: 'inner-edge',
  }))
  return { nodes, edges, size: { width, height }, name: `${childDoc?.metadata?.name}@${childDoc?.metadata?.version}` }
}
