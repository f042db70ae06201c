// How a config form is laid out for someone who does not know the YAML keys: each field labelled in
// words, the fields most pipelines set first, and the ones whose secure defaults rarely need changing
// (encryption keys, container images, networking, storage, timeouts, record framing) under "Advanced".
// The key itself stays visible next to the label: it is what the YAML and the docs call it.

const WORDS = { kms: 'KMS', arn: 'ARN', arns: 'ARNs', uri: 'URI', s3: 'S3', url: 'URL', id: 'ID', ids: 'IDs', api: 'API', sql: 'SQL' }
const UNITS = { seconds: 'seconds', mb: 'MB', gb: 'GB', percent: '%' }
const ADVANCED = [/kms/, /image_uri$/, /framework_version$/, /^volume_size/, /^max_wait/, /^max_runtime/, /subnet/, /security_group/,
  /_filter$/, /^join_source$/, /^split_type$/, /^strategy$/, /^max_payload/, /^content_type$/, /_sampling_/, /^allocated_storage/,
  /^instance_class$/, /_capacity$/, /^extraction_instance_type$/, /^timeout_seconds$/]

const autoTitle = (name) => name.split('_').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ')

// "max_runtime_seconds" -> "Max runtime (seconds)"; a title the spec wrote itself (not pydantic's from the key) wins.
export function fieldLabel(name, shape = {}) {
  if (shape.title && shape.title !== autoTitle(name)) return shape.title
  const words = name.split('_')
  const unit = words.length > 1 && UNITS[words[words.length - 1]] ? UNITS[words.pop()] : null
  const text = words.map((w) => WORDS[w] || w).join(' ')
  const sentence = text.charAt(0).toUpperCase() + text.slice(1)
  return unit ? `${sentence} (${unit})` : sentence
}

export const isAdvanced = (name) => ADVANCED.some((re) => re.test(name))

// May this field's value carry `{{ params.NAME }}`? The spec says so in the field's description.
export const takesParameters = (shape) => /\{\{ params\.NAME \}\}/.test(shape?.description || '')

export function splitFields(properties) {
  const entries = Object.entries(properties || {})
  return { common: entries.filter(([name]) => !isAdvanced(name)), advanced: entries.filter(([name]) => isAdvanced(name)) }
}
