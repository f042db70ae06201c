// The problems box's list: each item names what it is about (a node, a connection, a pipeline setting)
// and, clicked, selects it on the canvas and puts the cursor in the field to fix.
const whereOf = (item) => (item.nodeName ? `${item.nodeName}${item.field ? ` · ${item.field}` : ''}`
  : item.meta ? `pipeline ${item.meta}` : null)

export default function ProblemsList({ items, onSelect }) {
  return (
    <ul className="problems" data-testid="validation-errors">
      {items.map((item, i) => {
        const where = whereOf(item)
        const clickable = item.node || item.edge || item.meta
        const body = <>{where && <span className="problem-where">{where}: </span>}{item.text}</>
        return (
          <li key={i} data-testid="problem" data-node={item.nodeName || undefined}>
            {clickable ? (
              <button className="problem" data-testid={`problem-${i}`} onClick={() => onSelect(item)}
                title={`${item.path}: click to select ${item.edge ? 'the connection' : where}`}>{body}</button>
            ) : <span>{body} <span className="where">({item.path})</span></span>}
          </li>
        )
      })}
    </ul>
  )
}

// Where the cursor goes once the item's node (or the pipeline settings) shows in the inspector.
export function focusProblemField(item) {
  const id = item.field ? `cfg-${item.field}` : item.meta === 'parameters' ? 'param-add' : item.meta ? `meta-${item.meta}` : null
  if (!id) return
  let tries = 0
  const focus = () => {
    const el = document.getElementById(id) || document.querySelector(`[data-testid="${id}"]`)
    if (el) el.focus()
    else if (++tries < 20) setTimeout(focus, 50)
  }
  setTimeout(focus, 30)
}
