// A node's config form, generated from the JSON Schema of its kind/subtype.
// Empty field = the documented default (shown); a typed value is checked at once.
import { useEffect, useState } from 'react'
import { KeyValueRows, ListRows, scalarOf } from './editors.jsx'
import { fieldLabel, splitFields, takesParameters } from './fieldgroups.js'
import ParamPicker, { withParameter } from './ParamPicker.jsx'
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

function Field({ name, shape, value, serverError, onChange, parameters }) {
  const localError = checkField(shape, value)
  const error = localError || serverError
  const id = `cfg-${name}`
  const label = fieldLabel(name, shape)
  // The row editors keep their own rows: a parameter picked in adds a row, so they start again from the value.
  const [generation, setGeneration] = useState(0)
  const pick = (param) => { onChange(withParameter(shape.widget, value, param)); setGeneration((g) => g + 1) }
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
    input = <KeyValueRows key={generation} idPrefix={id} label={label} value={value} keyLabel="name"
      parseValue={valueType === 'string' ? (t) => t : scalarOf} onChange={(obj) => onChange(Object.keys(obj).length ? obj : undefined)} />
  } else if (shape.widget === 'lines') {
    input = <ListRows key={generation} idPrefix={id} label={label} value={value} onChange={onChange} />
  } else {
    input = (
      <input id={id} data-testid={id} type="text" value={value === undefined || value === null ? '' : String(value)}
        placeholder={showDefault(shape.default)} onChange={(e) => onChange(parseTyped(shape, e.target.value))} />
    )
  }
  return (
    <div className={`field${error ? ' invalid' : ''}`}>
      {shape.widget === 'keyvalue' || shape.widget === 'lines'
        ? <span className="label" id={`${id}-label`}>{label} <span className="field-key">{name}</span></span>
        : <label htmlFor={id} title={shape.description}>{label} <span className="field-key">{name}</span></label>}
      {input}
      {takesParameters(shape) && <ParamPicker id={id} parameters={parameters} onPick={pick} />}
      <div className="hint">
        {shape.default !== undefined && <span className="default">default: {showDefault(shape.default)}</span>}
        {shape.description && <span> · {shape.description}</span>}
      </div>
      {error && <div className="field-error" data-testid={`${id}-error`}>{error}</div>}
    </div>
  )
}

// Common fields first; the advanced ones folded away, opened by themselves when one of them is set or has a problem.
export default function ConfigForm({ schema, kind, subtype, config, errors, onChange, parameters }) {
  const def = configDefinition(schema, kind, subtype)
  const { common, advanced } = splitFields(def?.properties)
  const advancedProblem = advanced.some(([name, prop]) => errors?.[name] || checkField(fieldShape(schema, prop), config?.[name]))
  const [open, setOpen] = useState(() => advanced.some(([name]) => config?.[name] !== undefined))
  useEffect(() => { if (advancedProblem) setOpen(true) }, [advancedProblem])
  if (!def) return <p className="muted">This node kind has no config.</p>
  const field = ([name, prop]) => (
    <Field key={name} name={name} shape={fieldShape(schema, prop)} value={config?.[name]} serverError={errors?.[name]}
      parameters={parameters} onChange={(v) => onChange(name, v)} />
  )
  return (
    <div className="config-form">
      {def.description && <p className="muted">{def.description}</p>}
      {common.map(field)}
      {advanced.length > 0 && (
        <details className="config-advanced" data-testid="config-advanced" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary>Advanced settings ({advanced.length}){advancedProblem ? ' · has a problem' : ''}</summary>
          {open && advanced.map(field)}
        </details>
      )}
    </div>
  )
}
