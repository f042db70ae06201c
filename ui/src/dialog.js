// Keyboard rules every dialog of the builder follows (WAI-ARIA modal dialog pattern):
// focus moves into the dialog when it opens, Tab/Shift+Tab stay inside it, Escape closes it,
// and focus returns to the control that opened it. A non-modal side panel (`{ modal: false }`)
// keeps the rest: Tab leaves it for the canvas, and Escape closes it only while focus is inside it.
// `initial` (a selector) is where focus goes first, when the dialog has one (else its first control).
// `modal` may be a function, read at each key: a dialog that docks at the side stops being modal.
import { useEffect, useRef } from 'react'

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]):not([type="hidden"]), select:not([disabled]), ' +
  'textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])'

export function useDialogKeys(onEscape, { modal = true, initial = null } = {}) {
  const ref = useRef(null)
  const escape = useRef(onEscape)
  escape.current = onEscape
  useEffect(() => {
    const opener = document.activeElement
    const dialog = ref.current
    const first = (initial && dialog?.querySelector(initial)) || dialog?.querySelector(FOCUSABLE)
    ;(first || dialog)?.focus()
    const onKey = (e) => {
      if (!dialog) return
      const isModal = typeof modal === 'function' ? modal() : modal
      if (!isModal && !dialog.contains(document.activeElement)) return
      if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); escape.current?.(); return }
      if (e.key !== 'Tab' || !isModal) return
      const items = [...dialog.querySelectorAll(FOCUSABLE)].filter((el) => el.offsetParent !== null)
      if (!items.length) { e.preventDefault(); return }
      const [head, tail] = [items[0], items[items.length - 1]]
      if (!dialog.contains(document.activeElement)) { e.preventDefault(); head.focus() }
      else if (e.shiftKey && document.activeElement === head) { e.preventDefault(); tail.focus() }
      else if (!e.shiftKey && document.activeElement === tail) { e.preventDefault(); head.focus() }
    }
    document.addEventListener('keydown', onKey, true)
    return () => {
      document.removeEventListener('keydown', onKey, true)
      if (opener && opener.isConnected && typeof opener.focus === 'function') opener.focus()
    }
  }, [])
  return ref
}
