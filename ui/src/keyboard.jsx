// Keyboard paths through the canvas, for people who do not use a mouse:
// Tab/Shift+Tab move focus through the nodes (React Flow makes each node focusable), Enter
// selects the focused node and moves focus into its editor, Escape in the editor returns focus to
// the node, Delete removes the selected node or connection (React Flow's deleteKeyCode), and
// ConnectFrom wires two nodes without dragging a handle.
import { useEffect, useState } from 'react'
import { connectionProblem } from './compat.js'

const isField = (el) => ['INPUT', 'TEXTAREA', 'SELECT'].includes(el?.tagName) || el?.isContentEditable

export function useNodeKeys() {
  useEffect(() => {
    const onKey = (e) => {
      if (document.querySelector('[aria-modal="true"]')) return // dialogs handle their own keys (dialog.js)
      const target = e.target
      const node = target?.classList?.contains('react-flow__node') ? target : null
      if (node && e.key === 'Enter' && !node.classList.contains('react-flow__node-inner')) {
        // React Flow selects the node on Enter; once the inspector shows it, focus its first field.
        let tries = 0
        const focusEditor = () => {
          const field = document.querySelector('[data-testid="inspector"] input, [data-testid="inspector"] select')
          if (field) field.focus()
          else if (++tries < 20) setTimeout(focusEditor, 50)
        }
        setTimeout(focusEditor, 30)
        return
      }
      // Escape in the editor (or with focus lost to the page after a control went away) returns to the node.
      if (e.key === 'Escape' && (target?.closest?.('aside') || target === document.body)) {
        const selected = document.querySelector('.react-flow__node.selected')
        if (selected) { e.preventDefault(); selected.focus() }
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}

export function ConnectFrom({ node, nodes, edges, onConnect, onRemove }) {
  const [choice, setChoice] = useState('')
  const name = (id) => nodes.find((n) => n.id === id)?.data.nodeId || id
  const incoming = edges.filter((e) => e.target === node.id)
  // Only nodes whose data this node can take (compat.js): the list never offers a connection the canvas would refuse.
  const others = nodes.filter((n) => n.id !== node.id && !incoming.some((e) => e.source === n.id) && n.data.nodeId)
  const candidates = others.filter((n) => !connectionProblem(n, node, nodes, edges))
  const unfit = others.length - candidates.length
  return (
    <div className="inspector connect-from" data-testid="connect-from">
      <h3 className="panel-title">Inputs of {node.data.nodeId || 'this node'}</h3>
      {incoming.length === 0 ? <p className="muted">No inputs yet.</p> : (
        <ul data-testid="connect-inputs">
          {incoming.map((e) => (
            <li key={e.id}>{name(e.source)}{' '}
              {onRemove && <button className="small" aria-label={`Remove the connection from ${name(e.source)}`}
                onClick={() => {
                  // Focus stays in this panel (the button goes away with the connection).
                  const select = document.getElementById('connect-source')
                  onRemove(e.id)
                  if (select) select.focus()
                  else setTimeout(() => document.getElementById('connect-source')?.focus(), 0)
                }}>Remove</button>}
            </li>
          ))}
        </ul>
      )}
      {candidates.length > 0 && (
        <div className="field">
          <label htmlFor="connect-source">Add an input from (keyboard alternative to dragging a connection)</label>
          <select id="connect-source" data-testid="connect-source" value={choice} onChange={(e) => setChoice(e.target.value)}
            onKeyDown={(e) => { if (e.key === 'Enter' && choice) { e.preventDefault(); onConnect({ source: choice, target: node.id }); setChoice('') } }}>
            <option value="">(choose a node)</option>
            {candidates.map((n) => <option key={n.id} value={n.id}>{n.data.nodeId}</option>)}
          </select>
          <button className="small" data-testid="connect-add" disabled={!choice}
            onClick={() => { onConnect({ source: choice, target: node.id }); setChoice('') }}>Connect</button>
        </div>
      )}
      {unfit > 0 && <p className="muted" data-testid="connect-unfit">{unfit} other node{unfit === 1 ? '' : 's'} not offered: what {unfit === 1 ? 'it produces' : 'they produce'} does not fit {node.data.nodeId || 'this node'}.</p>}
    </div>
  )
}
