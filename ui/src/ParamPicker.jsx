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

// May a parent parameter of type `found` be passed whole to a child parameter of type `wanted`?
// The rule of playbooks/parameter_binding.py (a string takes any scalar, a number an integer).
export const fitsParameter = (wanted, found) => !wanted || found === wanted || (wanted === 'number' && found === 'integer')
  || (wanted === 'string' && ['integer', 'number', 'boolean'].includes(found))

// `type`: offer only the parameters that can be passed to a value of this type (a sub-pipeline's `with:`).
export default function ParamPicker({ id, parameters, onPick, type }) {
  const names = Object.keys(parameters || {}).filter((n) => !type || fitsParameter(type, parameters[n]?.type || 'string'))
  if (!names.length) {
    return <span className="hint param-picker" data-testid={`${id}-params-none`}>
      {type ? `no ${type} parameter declared in the pipeline settings to pass here` : 'declare a parameter in the pipeline settings to use it here'}</span>
  }
  return (
    <select className="param-picker" data-testid={`${id}-param`} aria-label={`Use a pipeline parameter in ${id.replace(/^(cfg|with)-/, '')}`} value=""
      onChange={(e) => { if (e.target.value) onPick(e.target.value) }}>
      <option value="">Use a pipeline parameter…</option>
      {names.map((n) => <option key={n} value={n}>{n}{parameters[n]?.type ? ` (${parameters[n].type})` : ''}</option>)}
    </select>
  )
}
