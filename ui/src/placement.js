// Where a node added from the palette (Enter, double-click: no drop point) goes. A fixed grid in flow
// coordinates put the third node of a row under the inspector on a 1024 px screen, so the spot is chosen
// in what the user sees: the flow area's box on screen, minus what floats on it (the zoom controls, the
// minimap's corner, the YAML preview) and minus the nodes already there.
// With no free spot in view, the node goes right of everything and the view is centred on it.

// A new step node's size in flow units (nodes.jsx's .step: 170 px wide at least, two lines high) with room.
const NODE = { width: 210, height: 80 }
const GAP = 30
const MARGIN = 12
// The minimap's corner is kept free even while it is hidden (it appears with the first node).
export const MINIMAP_SIZE = { width: 120, height: 80 }
const MINIMAP_CORNER = { width: MINIMAP_SIZE.width + 15 + GAP, height: MINIMAP_SIZE.height + 15 + GAP }
const FLOATING = ['.react-flow__controls', '.react-flow__minimap', '[data-testid=yaml-preview]']

const boxOf = (el) => {
  const r = el.getBoundingClientRect()
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom }
}
const overlaps = (a, b, pad = 0) => a.left < b.right + pad && b.left < a.right + pad && a.top < b.bottom + pad && b.top < a.bottom + pad

// `canvas` is the element the flow fills (with the floating parts inside it); `flow` is React Flow's instance (useReactFlow).
// Returns { position, pan }: the node's flow position, and whether the view must move to show it.
export function freeSpot(canvas, flow) {
  const zoom = flow.getZoom()
  const area = boxOf(canvas)
  const w = NODE.width * zoom, h = NODE.height * zoom
  const obstacles = FLOATING.flatMap((sel) => [...canvas.querySelectorAll(sel)]).filter((el) => el.getClientRects().length).map(boxOf)
  obstacles.push({ left: area.right - MINIMAP_CORNER.width, top: area.bottom - MINIMAP_CORNER.height, right: area.right, bottom: area.bottom })
  const nodes = [...canvas.querySelectorAll('.react-flow__node')].map(boxOf)
  const top = area.top + MARGIN
  for (let y = top; y + h <= area.bottom - MARGIN; y += h + GAP) {
    for (let x = area.left + MARGIN; x + w <= area.right - MARGIN; x += w + GAP) {
      const spot = { left: x, top: y, right: x + w, bottom: y + h }
      if (!obstacles.some((o) => overlaps(spot, o, 6)) && !nodes.some((n) => overlaps(spot, n, GAP / 2))) {
        return { position: flow.screenToFlowPosition({ x, y }), pan: false }
      }
    }
  }
  // No room in view: right of the rightmost node, at the height of the view's top.
  const right = nodes.length ? Math.max(...nodes.map((n) => n.right)) : area.left
  const at = flow.screenToFlowPosition({ x: right, y: top })
  return { position: { x: at.x + GAP * 2, y: at.y }, pan: true }
}

// Centre the view on a node placed by freeSpot out of view (same zoom).
export function panTo(flow, position) {
  flow.setCenter(position.x + NODE.width / 2, position.y + NODE.height / 2, { zoom: flow.getZoom() })
}
