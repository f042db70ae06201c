// Validation messages in plain words. The server speaks pydantic ("String should match
// pattern '^[a-z][a-z0-9-]{2,39}$'"); a data scientist should read what to type instead.
// The table is keyed by the patterns of playbooks/spec (models.py, node_configs.py).

const PATTERNS = {
  '^[a-z][a-z0-9-]{2,39}$': 'lowercase letters, digits and hyphens, 3–40 characters, starting with a letter',
  '^[a-z][a-z0-9_]{0,39}$': 'lowercase letters, digits and underscores, up to 40 characters, starting with a letter',
  '^[a-z][a-z0-9_]*$': 'lowercase letters, digits and underscores, starting with a letter',
  '^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)?$': 'the id of another node (or node.output)',
  '^s3://[a-z0-9][a-z0-9.\\-]{1,61}[a-z0-9](/.*)?$': 'an S3 address like s3://my-bucket/path/',
  '^[a-z0-9][a-z0-9.\\-]{1,61}[a-z0-9]$': 'an S3 bucket name: 3–63 lowercase letters, digits, dots and hyphens',
  '^ml\\.[a-z0-9]+\\.[a-z0-9]+$': 'a SageMaker instance type like ml.m5.large',
  '^db\\.[a-z0-9]+\\.[a-z0-9]+$': 'a database instance class like db.t4g.medium',
  '^https://[^\\s]+$': 'an https:// address',
  '^[a-z]{2}(-[a-z]+)+-\\d$': 'an AWS region like eu-west-1',
  '^[A-Za-z_][A-Za-z0-9_]{0,127}$': 'letters, digits and underscores, not starting with a digit',
  '^[0-9][0-9a-z.\\-]*$': 'a version tag like 1.7-1',
  '^[\\w.\\-/]+\\.(py|sh)$': 'a script file name ending in .py or .sh',
  '^arn:aws[a-z\\-]*:kms:': 'a KMS key ARN (arn:aws:kms:…)',
}

function patternWords(pattern) {
  if (PATTERNS[pattern]) return PATTERNS[pattern]
  if (pattern.startsWith('^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)')) return 'a version number like 1.0.0'
  if (pattern.startsWith('^(rate\\(')) return 'a schedule like rate(1 day) or cron(0 2 * * ? *)'
  if (pattern.includes('secretsmanager')) return 'a Secrets Manager secret ARN (arn:aws:secretsmanager:…)'
  if (pattern.includes('dkr\\.ecr')) return 'a container image in ECR (123456789012.dkr.ecr.REGION.amazonaws.com/name:tag)'
  return null
}

const lastKey = (path) => String(path || '').split('.').pop().replace(/\[\d+\]$/, '')

// One message -> one sentence. `path` gives the field name for "Field required" and the like.
export function plainMessage(message, path = '') {
  // The loader words pattern errors as "found 'X'; expected pipeline name: ... (pattern ^...$)": our words, their value.
  const found = /^found '(.*)'; expected .* \(pattern (\^.*\$)\)$/.exec(String(message || ''))
  if (found && patternWords(found[2])) return `expected ${patternWords(found[2])} (got “${found[1]}”)`
  const text = String(message || '').replace(/ \(pattern \^.*\$\)$/, '')
  let m = /String should match pattern '(.+)'/.exec(text)
  if (m) {
    const words = patternWords(m[1])
    const value = /; got '(.*)'$|\(got '(.*)'\)/.exec(text)
    return words ? `expected ${words}${value ? ` (got “${value[1] ?? value[2]}”)` : ''}` : 'does not have the expected form'
  }
  if (/^spec\.nodes$/.test(path) && /at least 1 item/.test(text)) return 'the pipeline has no nodes yet: drag one from the palette on the left'
  if ((m = /should have at least (\d+) items?/.exec(text))) return `add at least ${m[1]}`
  if (/^Field required/.test(text)) return `${lastKey(path) || 'this field'} is required`
  if (/^Extra inputs are not permitted/.test(text)) return `“${lastKey(path)}” is not a known setting here`
  if (/valid integer/.test(text)) return 'expected a whole number'
  if (/valid number/.test(text)) return 'expected a number'
  if (/valid boolean/.test(text)) return 'expected true or false'
  if (/valid string/.test(text)) return 'expected text'
  if ((m = /greater than or equal to ([-\d.]+)/.exec(text))) return `must be at least ${m[1]}`
  if ((m = /less than or equal to ([-\d.]+)/.exec(text))) return `must be at most ${m[1]}`
  if ((m = /at most (\d+) characters/.exec(text))) return `must be at most ${m[1]} characters`
  if ((m = /^Input should be (.+)$/.exec(text))) return `expected ${m[1].replace(/'/g, '')}`
  return text.replace(/^Value error, /, '')
}

export function patternHint(pattern) {
  return patternWords(pattern) || 'the expected form'
}
