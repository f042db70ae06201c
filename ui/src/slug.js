// A pipeline name as people write it ("My Churn Pipeline") turned into the form the spec takes
// (lowercase letters, digits and hyphens, 3–40 characters, starting with a letter: models.py).
export const PIPELINE_NAME = /^[a-z][a-z0-9-]{2,39}$/

export function pipelineSlug(text) {
  const slug = String(text || '')
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '') // é -> e
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .slice(0, 40)
    .replace(/-+$/, '')
  return PIPELINE_NAME.test(slug) ? slug : null
}

// The name to offer instead of what was typed, or null when it is fine (or nothing fits).
export function suggestedName(text) {
  if (PIPELINE_NAME.test(text || '')) return null
  const slug = pipelineSlug(text)
  return slug && slug !== text ? slug : null
}
