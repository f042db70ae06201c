// Reading the committed playbook JSON Schema: which config model a node kind/subtype
// has, what each field looks like, and a small field check for instant feedback
// while typing (the server's validation stays the authority).
import { SUBKEY } from './model.js'
import { patternHint } from './plain.js'

const deref = (schema, s) => (s && s.$ref ? schema.$defs[s.$ref.split('/').pop()] : s)

export function nodeDefinition(schema, kind, subtype) {
  const variants = schema?.$defs?.PipelineSpec?.properties?.nodes?.items?.oneOf || []
  for (const v of variants) {
    const def = deref(schema, v)
    if (def?.properties?.type?.const !== kind) continue
    const subKey = SUBKEY[kind]
    if (!subKey || def.properties[subKey]?.const === subtype) return def
  }
  return null
}

export function configDefinition(schema, kind, subtype) {
  const def = nodeDefinition(schema, kind, subtype)
  const config = def?.properties?.config
  return config ? deref(schema, config.allOf ? config.allOf[0] : config) : null
}

// Flatten `anyOf: [X, null]` into X with nullable=true.
export function fieldShape(schema, prop) {
  let s = deref(schema, prop)
  let nullable = false
  if (s?.anyOf) {
    const nonNull = s.anyOf.filter((a) => a.type !== 'null')
    nullable = nonNull.length < s.anyOf.length
    if (nonNull.length === 1) s = { ...deref(schema, nonNull[0]), default: prop.default, description: prop.description, title: prop.title }
  }
  let widget = 'text'
  if (s.enum) widget = 'select'
  else if (s.type === 'boolean') widget = 'checkbox'
  else if (s.type === 'integer' || s.type === 'number') widget = 'number'
  else if (s.type === 'object') widget = 'keyvalue'
  else if (s.type === 'array') widget = 'lines'
  else if (s.anyOf) widget = 'json'
  return { ...s, widget, nullable, default: prop.default, description: prop.description ?? s.description, title: prop.title ?? s.title }
}

function safeTest(pattern, value) {
  try { return new RegExp(pattern).test(value) } catch { return true }
}

export function checkField(shape, value) {
  if (value === undefined || value === '' ) return null
  if (value === null) return shape.nullable ? null : 'a value is required here'
  const { type } = shape
  if (shape.enum && !shape.enum.includes(value)) return `expected one of: ${shape.enum.join(', ')}`
  if (type === 'integer' && !Number.isInteger(value)) return 'expected a whole number'
  if (type === 'number' && typeof value !== 'number') return 'expected a number'
  if (type === 'string' && typeof value !== 'string') return 'expected text'
  if (type === 'boolean' && typeof value !== 'boolean') return 'expected true or false'
  if (typeof value === 'number') {
    if (shape.minimum !== undefined && value < shape.minimum) return `expected at least ${shape.minimum}`
    if (shape.maximum !== undefined && value > shape.maximum) return `expected at most ${shape.maximum}`
  }
  if (typeof value === 'string') {
    if (shape.maxLength !== undefined && value.length > shape.maxLength) return `expected at most ${shape.maxLength} characters`
    if (shape.pattern && !safeTest(shape.pattern, value)) return `expected ${patternHint(shape.pattern)}`
  }
  return null
}

export const showDefault = (value) =>
  value === undefined ? '' : value === null ? 'none' : typeof value === 'object' ? JSON.stringify(value) : String(value)
