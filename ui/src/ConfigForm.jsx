// A node's config form, generated from the JSON Schema of its kind/subtype.
// Empty field = the documented default (shown); a typed value is checked at once.
import { KeyValueRows, ListRows, scalarOf } from './editors.jsx'
import { checkField, configDefinition, fieldShape, showDefault } from './schema.js'

function parseTyped(shape, text) {
  if (text === '') return undefined
  if (shape.widget === 'number') {
    const n = Number(text)
    return text.trim() !== '' && Number.isFinite(n) ? n : text
  }
  if (shape.widget === 'select' && (shape.type === 'integer' || shape.type === 'number')) return Number(text)
  return text
}

function Field({ name, shape, value, serverError, onChange }) {
  const localError = checkField(shape, value)
  const error = localError || serverError
  const id = `cfg-${name}`
  let input
  if (shape.widget === 'select') {
    input = (
      <select id={id} data-testid={id} value={value === undefined ? '' : String(value)}
        onChange={(e) => onChange(parseTyped(shape, e.target.value))}>
        <option value="">default ({showDefault(shape.default)})</option>
        {shape.enum.map((v) => <option key={String(v)} value={String(v)}>{String(v)}</option>)}
      </select>
    )
  } else if (shape.widget === 'checkbox') {
    input = (
      <select id={id} data-testid={id} value={value === undefined ? '' : String(value)}
        onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value === 'true')}>
        <option value="">default ({showDefault(shape.default)})</option>
        <option value="true">true</option>
        <option value="false">false</option>
      </select>
    )
  } else if (shape.widget === 'keyvalue') {
    const valueType = shape.additionalProperties?.type
    input = <KeyValueRows idPrefix={id} label={name} value={value} keyLabel="name"
      parseValue={valueType === 'string' ? (t) => t : scalarOf} onChange={(obj) => onChange(Object.keys(obj).length ? obj : undefined)} />
  } else if (shape.widget === 'lines') {
    input = <ListRows idPrefix={id} label={name} value={value} onChange={onChange} />
  } else {
    input = (
      <input id={id} data-testid={id} type="text" value={value === undefined || value === null ? '' : String(value)}
        placeholder={showDefault(shape.default)} onChange={(e) => onChange(parseTyped(shape, e.target.value))} />
    )
  }
  return (
    <div className={`field${error ? ' invalid' : ''}`}>
      {shape.widget === 'keyvalue' || shape.widget === 'lines'
        ? <span className="label" id={`${id}-label`}>{name}</span>
        : <label htmlFor={id} title={shape.description}>{name}</label>}
      {input}
      <div className="hint">
        {shape.default !== undefined && <span className="default">default: {showDefault(shape.default)}</span>}
        {shape.description && <span> · {shape.description}</span>}
      </div>
      {error && <div className="field-error" data-testid={`${id}-error`}>{error}</div>}
    </div>
  )
}

export default function ConfigForm({ schema, kind, subtype, config, errors, onChange }) {
  const def = configDefinition(schema, kind, subtype)
  if (!def) return <p className="muted">This node kind has no config.</p>
  return (
    <div className="config-form">
      {def.description && <p className="muted">{def.description}</p>}
      {Object.entries(def.properties || {}).map(([name, prop]) => (
        <Field key={name} name={name} shape={fieldShape(schema, prop)} value={config?.[name]}
          serverError={errors?.[name]}
          onChange={(v) => onChange(name, v)} />
      ))}
    </div>
  )
}
