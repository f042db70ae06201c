// "Use a pipeline parameter" next to a config field whose value may carry `{{ params.NAME }}`:
// pick one of the parameters the pipeline declares instead of typing the reference by hand.
export const paramRef = (name) => `{{ params.${name} }}`

// The field's value with a reference to `name` added, for each kind of editor.
export function withParameter(widget, value, name) {
  const ref = paramRef(name)
  if (widget === 'lines') return [...(value || []), ref]
  if (widget === 'keyvalue') return { ...(value || {}), [name]: ref }
  const text = value === undefined || value === null ? '' : String(value)
  return text ? `${text} ${ref}` : ref
}

export default function ParamPicker({ id, parameters, onPick }) {
  const names = Object.keys(parameters || {})
  if (!names.length) {
    return <span className="hint param-picker" data-testid={`${id}-params-none`}>declare a parameter in the pipeline settings to use it here</span>
  }
  return (
    <select className="param-picker" data-testid={`${id}-param`} aria-label={`Use a pipeline parameter in ${id.replace(/^cfg-/, '')}`} value=""
      onChange={(e) => { if (e.target.value) onPick(e.target.value) }}>
      <option value="">Use a pipeline parameter…</option>
      {names.map((n) => <option key={n} value={n}>{n}{parameters[n]?.type ? ` (${parameters[n].type})` : ''}</option>)}
    </select>
  )
}
