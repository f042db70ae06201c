// Structured editors: key/value rows, list rows, typed values, pipeline parameters and
// a sub-pipeline's `with:` form. Every control carries a label (checked with axe-core).
import { useState } from 'react'
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml'
import ParamPicker, { paramRef } from './ParamPicker.jsx'

export const PARAM_TYPES = ['string', 'integer', 'number', 'boolean', 'list', 'object']

// Text typed by the user -> a value of `type` (left as text when it does not parse, so the check can say so).
export function parseTyped(type, text) {
  if (text === '' || text === undefined) return undefined
  if (type === 'integer') return /^-?\d+$/.test(text.trim()) ? Number(text) : text
  if (type === 'number') return text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text
  if (type === 'boolean') return text === 'true' ? true : text === 'false' ? false : text
  if (type === 'list' || type === 'object') {
    try { return parseYaml(text) } catch { return text }
  }
  return text
}

export function showTyped(value) {
  if (value === undefined || value === null) return ''
  if (typeof value === 'object') return stringifyYaml(value, { flow: true, lineWidth: 0 }).trim()
  return String(value)
}

export function scalarOf(text) {
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text)
  if (text === 'true' || text === 'false') return text === 'true'
  return text
}

// One typed value: a select for booleans, text otherwise (lists and objects in YAML flow style: [a, b], {k: v}).
export function TypedInput({ id, type, value, placeholder, onChange, label }) {
  const [text, setText] = useState(showTyped(value))
  if (type === 'boolean') {
    return (
      <select id={id} data-testid={id} aria-label={label} value={value === undefined ? '' : String(value)}
        onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value === 'true')}>
        <option value="">{placeholder ? `default (${placeholder})` : '(not set)'}</option>
        <option value="true">true</option><option value="false">false</option>
      </select>
    )
  }
  return (
    <input id={id} data-testid={id} aria-label={label} value={text} placeholder={placeholder || ''}
      inputMode={type === 'integer' || type === 'number' ? 'decimal' : undefined}
      onChange={(e) => { setText(e.target.value); onChange(parseTyped(type, e.target.value)) }} />
  )
}

// Rows of key = value; an empty key is a row being typed, not yet part of the value.
export function KeyValueRows({ idPrefix, value, onChange, label, keyLabel = 'key', valueLabel = 'value', parseValue = (t) => t }) {
  const [rows, setRows] = useState(() => Object.entries(value || {}).map(([k, v]) => [k, showTyped(v)]))
  const emit = (next) => {
    setRows(next)
    const out = {}
    next.forEach(([k, v]) => { if (k.trim()) out[k.trim()] = parseValue(v) })
    onChange(out)
  }
  return (
    <div className="rows" role="group" aria-label={label} data-testid={idPrefix}>
      {rows.map(([k, v], i) => (
        <div className="row" key={i}>
          <input data-testid={`${idPrefix}-key-${i}`} aria-label={`${label}: ${keyLabel} ${i + 1}`} placeholder={keyLabel} value={k}
            onChange={(e) => emit(rows.map((r, j) => (j === i ? [e.target.value, r[1]] : r)))} />
          <span aria-hidden="true">=</span>
          <input data-testid={`${idPrefix}-value-${i}`} aria-label={`${label}: ${valueLabel} ${i + 1}`} placeholder={valueLabel} value={v}
            onChange={(e) => emit(rows.map((r, j) => (j === i ? [r[0], e.target.value] : r)))} />
          <button className="small" data-testid={`${idPrefix}-remove-${i}`} aria-label={`Remove ${label} row ${i + 1}`}
            onClick={() => emit(rows.filter((_, j) => j !== i))}>✕</button>
        </div>
      ))}
      <button className="small" data-testid={`${idPrefix}-add`} onClick={() => setRows([...rows, ['', '']])}>+ add {keyLabel}</button>
    </div>
  )
}

export function ListRows({ idPrefix, value, onChange, label, parseItem = (t) => t }) {
  const [rows, setRows] = useState(() => (value || []).map(showTyped))
  const emit = (next) => {
    setRows(next)
    const items = next.filter((t) => t.trim() !== '').map(parseItem)
    onChange(items.length ? items : undefined)
  }
  return (
    <div className="rows" role="group" aria-label={label} data-testid={idPrefix}>
      {rows.map((v, i) => (
        <div className="row" key={i}>
          <input data-testid={`${idPrefix}-item-${i}`} aria-label={`${label}: item ${i + 1}`} value={v}
            onChange={(e) => emit(rows.map((r, j) => (j === i ? e.target.value : r)))} />
          <button className="small" data-testid={`${idPrefix}-remove-${i}`} aria-label={`Remove ${label} item ${i + 1}`}
            onClick={() => emit(rows.filter((_, j) => j !== i))}>✕</button>
        </div>
      ))}
      <button className="small" data-testid={`${idPrefix}-add`} onClick={() => setRows([...rows, ''])}>+ add item</button>
    </div>
  )
}

// spec.parameters: name, type, default (empty = required in `with:`), description.
export function ParametersEditor({ value, onChange, errors = {} }) {
  const [rows, setRows] = useState(() => Object.entries(value || {}).map(([name, p]) => ({
    name, type: p?.type || 'string', text: p && 'default' in p ? showTyped(p.default) : '', description: p?.description || '',
    extra: Object.fromEntries(Object.entries(p || {}).filter(([k]) => !['type', 'default', 'description'].includes(k))),
    hadDescription: p && 'description' in p, nullDefault: p && 'default' in p && p.default === null,
  })))
  const emit = (next) => {
    setRows(next)
    const out = {}
    next.forEach((r) => {
      if (!r.name.trim()) return
      const p = { type: r.type }
      const parsed = parseTyped(r.type, r.text)
      if (parsed !== undefined) p.default = parsed
      else if (r.nullDefault) p.default = null
      if (r.description || r.hadDescription) p.description = r.description
      out[r.name.trim()] = { ...p, ...r.extra }
    })
    onChange(out)
  }
  const set = (i, patch) => emit(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)))
  return (
    <div className="params" role="group" aria-label="Parameters" data-testid="params">
      {rows.map((r, i) => (
        <div className={`param${errors[r.name] ? ' invalid' : ''}`} key={i} data-testid={`param-${i}`}>
          <input data-testid={`param-name-${i}`} aria-label={`Parameter ${i + 1} name`} placeholder="name" value={r.name}
            onChange={(e) => set(i, { name: e.target.value })} />
          <select data-testid={`param-type-${i}`} aria-label={`Parameter ${i + 1} type`} value={r.type}
            onChange={(e) => set(i, { type: e.target.value })}>
            {PARAM_TYPES.map((t) => <option key={t} value={t}>{t}</option>)}
          </select>
          <input data-testid={`param-default-${i}`} aria-label={`Parameter ${i + 1} default`} placeholder="default (empty: required)"
            value={r.text} onChange={(e) => set(i, { text: e.target.value, nullDefault: false })} />
          <input data-testid={`param-description-${i}`} aria-label={`Parameter ${i + 1} description`} placeholder="what it controls"
            value={r.description} onChange={(e) => set(i, { description: e.target.value })} />
          <button className="small" data-testid={`param-remove-${i}`} aria-label={`Remove parameter ${i + 1}`}
            onClick={() => emit(rows.filter((_, j) => j !== i))}>✕</button>
          {errors[r.name] && <div className="field-error" data-testid={`param-error-${i}`}>{errors[r.name]}</div>}
        </div>
      ))}
      <button className="small" data-testid="param-add"
        onClick={() => setRows([...rows, { name: '', type: 'string', text: '', description: '', extra: {} }])}>+ add parameter</button>
    </div>
  )
}

// A sub-pipeline's `with:`: one typed field per parameter the child declares, plus any other keys.
// `parameters`: the parent pipeline's own, any of which can be passed on whole ("{{ params.NAME }}").
export function WithEditor({ declared, value, onChange, parameters }) {
  const [picked, setPicked] = useState(0) // a picked parameter remounts the typed inputs with the new value
  const known = Object.keys(declared || {})
  const others = Object.fromEntries(Object.entries(value || {}).filter(([k]) => !known.includes(k)))
  const setKnown = (name, v) => {
    const next = { ...(value || {}) }
    if (v === undefined) delete next[name]
    else next[name] = v
    onChange(next)
  }
  return (
    <div className="with-form" data-testid="node-with">
      {known.map((name) => {
        const p = declared[name] || {}
        const required = !('default' in p) || p.default === null
        return (
          <div className="field" key={name}>
            <label htmlFor={`with-${name}`}>{name} <span className="muted">({p.type}{required ? ', no default' : ''})</span></label>
            <TypedInput key={picked} id={`with-${name}`} type={p.type} value={value?.[name]} label={`${name} (${p.type})`}
              placeholder={required ? 'no default' : showTyped(p.default)} onChange={(v) => setKnown(name, v)} />
            <ParamPicker id={`with-${name}`} parameters={parameters} type={p.type}
              onPick={(param) => { setKnown(name, paramRef(param)); setPicked((g) => g + 1) }} />
            {p.description && <div className="hint">{p.description}</div>}
          </div>
        )
      })}
      <KeyValueRows idPrefix="with-extra" label={known.length ? 'Other parameters' : 'Parameters (with)'} value={others}
        keyLabel="parameter" parseValue={scalarOf}
        onChange={(extra) => {
          const kept = Object.fromEntries(Object.entries(value || {}).filter(([k]) => known.includes(k)))
          onChange({ ...kept, ...extra })
        }} />
    </div>
  )
}
