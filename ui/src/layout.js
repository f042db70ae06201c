// Layered DAG layout (dagre, Sugiyama-style): ranks left to right, crossings reduced,
// long edges routed through dummy nodes so they pass between nodes, never behind them.
// The routed points are kept on the edge (data.route) and drawn by RoutedEdge while
// both ends stay where the layout put them; a moved node falls back to a plain curve.
import dagre from '@dagrejs/dagre'

export const NODE_W = 200
export const NODE_H = 84

const sizeOf = (n, sizes) => sizes?.[n.id] || { width: n.measured?.width ?? NODE_W, height: n.measured?.height ?? NODE_H }

// nodes: [{id, ...}], edges: [{id, source, target}] -> {positions: {id: {x, y}} (top-left), routes: {edgeId: [{x,y}]}, size}
export function dagreLayout(nodes, edges, { sizes, ranksep = 90, nodesep = 40, marginx = 40, marginy = 40 } = {}) {
  const g = new dagre.graphlib.Graph({ multigraph: true })
  g.setGraph({ rankdir: 'LR', ranksep, nodesep, edgesep: 20, marginx, marginy })
  g.setDefaultEdgeLabel(() => ({}))
  nodes.forEach((n) => g.setNode(n.id, { ...sizeOf(n, sizes) }))
  const ids = new Set(nodes.map((n) => n.id))
  edges.forEach((e) => { if (ids.has(e.source) && ids.has(e.target)) g.setEdge(e.source, e.target, {}, e.id) })
  dagre.layout(g)
  const positions = {}
  nodes.forEach((n) => {
    const p = g.node(n.id)
    positions[n.id] = { x: Math.round(p.x - p.width / 2), y: Math.round(p.y - p.height / 2) }
  })
  const routes = {}
  g.edges().forEach((ref) => { routes[ref.name] = (g.edge(ref).points || []).map((p) => ({ x: p.x, y: p.y })) })
  const graph = g.graph()
  return { positions, routes, size: { width: graph.width || 0, height: graph.height || 0 } }
}

// Apply a layout to React Flow nodes/edges (top-level nodes only; inner nodes keep theirs).
export function applyLayout(nodes, edges, { only } = {}) {
  const scope = nodes.filter((n) => !n.parentId && (!only || only(n)))
  const { positions, routes } = dagreLayout(scope, edges.filter((e) => !e.data?.inner))
  // A fresh layout supersedes any room made for an opened sub-pipeline (data.layoutShift, see App.jsx).
  const laidNodes = nodes.map((n) => (positions[n.id]
    ? { ...n, position: positions[n.id], data: n.data?.layoutShift ? { ...n.data, layoutShift: null } : n.data } : n))
  const at = Object.fromEntries(laidNodes.map((n) => [n.id, n.position]))
  const laidEdges = edges.map((e) => (routes[e.id]
    ? { ...e, data: { ...e.data, route: { points: routes[e.id], from: at[e.source], to: at[e.target] } } } : e))
  return { nodes: laidNodes, edges: laidEdges }
}

// A smooth path through points (Catmull-Rom as cubic Béziers).
export function smoothPath(points) {
  if (points.length < 2) return ''
  let d = `M ${points[0].x} ${points[0].y}`
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[i - 1] || points[i], p1 = points[i], p2 = points[i + 1], p3 = points[i + 2] || p2
    const c1 = { x: p1.x + (p2.x - p0.x) / 6, y: p1.y + (p2.y - p0.y) / 6 }
    const c2 = { x: p2.x - (p3.x - p1.x) / 6, y: p2.y - (p3.y - p1.y) / 6 }
    d += ` C ${c1.x} ${c1.y}, ${c2.x} ${c2.y}, ${p2.x} ${p2.y}`
  }
  return d
}
