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

// React Flow's default curve between a right-hand source and a left-hand target (its control offsets).
function bezierPoints(sx, sy, tx, ty, samples = 24) {
  const distance = tx - sx
  const offset = distance >= 0 ? 0.5 * distance : 0.25 * 25 * Math.sqrt(-distance)
  const c1 = { x: sx + offset, y: sy }, c2 = { x: tx - offset, y: ty }
  const out = []
  for (let i = 1; i < samples; i++) {
    const t = i / samples, u = 1 - t
    out.push({ x: u ** 3 * sx + 3 * u * u * t * c1.x + 3 * u * t * t * c2.x + t ** 3 * tx,
      y: u ** 3 * sy + 3 * u * u * t * c1.y + 3 * u * t * t * c2.y + t ** 3 * ty })
  }
  return out
}

function polylineSamples(points, per = 12) {
  const out = []
  for (let i = 0; i < points.length - 1; i++) {
    for (let k = 1; k <= per; k++) {
      const t = k / per
      out.push({ x: points[i].x + (points[i + 1].x - points[i].x) * t, y: points[i].y + (points[i + 1].y - points[i].y) * t })
    }
  }
  return out
}

const MARGIN = 10
const hits = (samples, boxes) => boxes.filter((b) => samples.some((p) => p.x > b.x1 - MARGIN && p.x < b.x2 + MARGIN
  && p.y > b.y1 - MARGIN && p.y < b.y2 + MARGIN))

// A connection whose plain curve would pass behind other nodes (boxes {x1, y1, x2, y2}) goes around them
// instead: out of the source, along a lane above or below the nodes in the way, into the target.
// Returns the waypoints (for smoothPath), or null when the plain curve is clear.
export function detour(sx, sy, tx, ty, boxes) {
  let blocking = hits(bezierPoints(sx, sy, tx, ty), boxes)
  if (!blocking.length) return null
  const lane = 28
  for (let attempt = 0; attempt < 4 && blocking.length; attempt++) {
    const above = Math.min(...blocking.map((b) => b.y1)) - lane
    const below = Math.max(...blocking.map((b) => b.y2)) + lane
    const lanes = Math.abs(above - sy) + Math.abs(above - ty) <= Math.abs(below - sy) + Math.abs(below - ty) ? [above, below] : [below, above]
    for (const y of lanes) {
      const a = sx + 20, b = Math.max(a, tx - 20)
      const points = [{ x: sx, y: sy }, { x: a, y: sy }, { x: a, y }, { x: b, y }, { x: b, y: ty }, { x: tx, y: ty }]
      const again = hits(polylineSamples(points), boxes)
      if (!again.length) return points
      blocking = [...new Set([...blocking, ...again])]
    }
  }
  return null // nothing clear found: the plain curve
}

// Straight segments with rounded corners (a detour reads as a deliberate path, not a scribble).
export function roundedPath(points, radius = 10) {
  let d = `M ${points[0].x} ${points[0].y}`
  for (let i = 1; i < points.length - 1; i++) {
    const p = points[i], prev = points[i - 1], next = points[i + 1]
    const r = Math.min(radius, Math.hypot(p.x - prev.x, p.y - prev.y) / 2, Math.hypot(next.x - p.x, next.y - p.y) / 2)
    const toward = (from, to) => { const len = Math.hypot(to.x - from.x, to.y - from.y) || 1; return { x: (to.x - from.x) / len, y: (to.y - from.y) / len } }
    const u = toward(p, prev), v = toward(p, next)
    d += ` L ${p.x + u.x * r} ${p.y + u.y * r} Q ${p.x} ${p.y} ${p.x + v.x * r} ${p.y + v.y * r}`
  }
  const last = points[points.length - 1]
  return `${d} L ${last.x} ${last.y}`
}
