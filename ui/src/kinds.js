// The node kinds the builder offers and draws: read from the node-kind registry
// (playbooks/kinds), never from a table of our own.
// Built-in kinds come from kinds.generated.json (`python -m playbooks.kinds.palette --write`,
// kept current by tests/spec/test_kind_registry.py), so the palette draws before the schema
// arrives; kinds added by installed plugins arrive with the served schema, where each node
// definition carries its palette entry as `x-kind`, and setKindsFromSchema adds them.
// KINDS, SUBKEY and KIND_STYLE are live bindings: readers see the update on their next render.
import builtin from './kinds.generated.json'

const PIPELINE_STYLE = { icon: '▣', label: 'sub-pipeline', takesInputs: true }
const capital = (s) => s.charAt(0).toUpperCase() + s.slice(1)

export let KINDS = []
export let SUBKEY = {}
export let KIND_STYLE = {}
// "kind" or "kind/subtype" -> its registry entry (what it consumes and produces: compat.js).
export let KIND_ENTRY = {}

function apply(entries) {
  const groups = new Map()
  for (const e of entries) {
    if (!groups.has(e.kind)) {
      groups.set(e.kind, { kind: e.kind, label: capital(e.label), subtypes: [], subtypeField: e.subtype_field,
        icon: e.icon, takesInputs: e.takes_inputs, plugin: e.plugin })
    }
    const group = groups.get(e.kind)
    if (!group.subtypes.includes(e.subtype)) group.subtypes.push(e.subtype)
  }
  KINDS = [...groups.values()]
  KIND_ENTRY = Object.fromEntries(entries.map((e) => [e.subtype ? `${e.kind}/${e.subtype}` : e.kind, e]))
  SUBKEY = Object.fromEntries(KINDS.filter((k) => k.subtypeField).map((k) => [k.kind, k.subtypeField]))
  KIND_STYLE = Object.fromEntries(KINDS.map((k) => [k.kind, { icon: k.icon, label: k.label.toLowerCase(), takesInputs: k.takesInputs }]))
  KIND_STYLE.pipeline = PIPELINE_STYLE
}

// A subtype in words ("api endpoint"), as the registry labels it.
export const subtypeLabel = (kind, subtype) => (subtype ? KIND_ENTRY[`${kind}/${subtype}`]?.subtype_label || subtype.replace(/_/g, ' ') : '')

// Palette entries of a playbook JSON Schema, in the schema's order (built-ins first).
export function kindsOfSchema(schema) {
  const variants = schema?.$defs?.PipelineSpec?.properties?.nodes?.items?.oneOf || []
  return variants
    .map((v) => (v.$ref ? schema.$defs[v.$ref.split('/').pop()] : v)?.['x-kind'])
    .filter(Boolean)
}

export function setKindsFromSchema(schema) {
  const entries = kindsOfSchema(schema)
  if (entries.length) apply(entries)
}

apply(builtin)
