// Undo/redo over the editor's state {meta, nodes, edges}. Edits that land within a short
// pause (typing a word, one drag) become one step; selection and measurements are not edits.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'

const LIMIT = 100
const PAUSE_MS = 250

const strip = ({ meta, nodes, edges }) => ({
  meta,
  nodes: nodes.map(({ selected, measured, dragging, resizing, ...n }) => n),
  edges: edges.map(({ selected, ...e }) => e),
})
const keyOf = (snap) => JSON.stringify(snap, (k, v) => (typeof v === 'function' ? undefined : v))

export function useHistory(state, restore) {
  const h = useRef({ past: [], future: [], last: null, lastKey: null })
  const [, setTick] = useState(0)
  const current = useRef(state)
  current.current = state

  const record = useCallback(() => {
    const snap = strip(current.current)
    const key = keyOf(snap)
    const box = h.current
    if (key === box.lastKey) return
    if (box.last) {
      box.past.push(box.last)
      if (box.past.length > LIMIT) box.past.shift()
      box.future = []
    }
    box.last = snap
    box.lastKey = key
    setTick((t) => t + 1)
  }, [])

  useEffect(() => {
    const timer = setTimeout(record, PAUSE_MS)
    return () => clearTimeout(timer)
  }, [state.meta, state.nodes, state.edges, record])

  const move = useCallback((from, to) => {
    record()
    const box = h.current
    if (!box[from].length) return
    box[to].push(box.last)
    const snap = box[from].pop()
    box.last = snap
    box.lastKey = keyOf(snap)
    restore(snap)
    setTick((t) => t + 1)
  }, [record, restore])

  const undo = useCallback(() => move('past', 'future'), [move])
  const redo = useCallback(() => move('future', 'past'), [move])
  return useMemo(() => ({ undo, redo, canUndo: h.current.past.length > 0 || (h.current.last !== null && keyOf(strip(state)) !== h.current.lastKey),
    canRedo: h.current.future.length > 0 }), [undo, redo, state])
}
