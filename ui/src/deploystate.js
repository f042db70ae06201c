// A deploy's progress per node, in plain words. The source is the one the CLI prints from
// (deploy_runner/progress.py: per-node events from Terraform's apply lines; the deploy job keeps each
// node's latest one) and the plan the user confirmed (job.pending.summary: by_node and in_words).
// Node names there are node paths ("features/quality"): a nested node counts for its top node on the
// canvas. "(pipeline)" is what the whole pipeline shares (keys, the orchestrator): listed, not on the canvas.
export const SHARED = '(pipeline)'

function verbOf(changes) {
  const actions = new Set((changes || []).map((c) => c.action))
  if (actions.has('create') || actions.has('replace')) return 'creating'
  if (actions.has('update')) return 'changing'
  if (actions.has('delete')) return 'removing'
  return 'working on'
}

// `outcome`: null while planning or applying; 'succeeded', 'failed' or 'interrupted' once the job ended.
// -> [{ node, words, verb, total, done, status: 'planned'|'working'|'done'|'failed'|'incomplete',
//       waitingKind?, waitingFor?, failedKind?, error? }], in the plan's order
export function deployNodes(pending, events, outcome = null) {
  const byNode = pending?.summary?.by_node || {}
  const words = pending?.summary?.in_words || {}
  const items = new Map()
  for (const [node, changes] of Object.entries(byNode)) {
    items.set(node, { node, words: words[node] || `${changes.length} resources`, verb: verbOf(changes), total: changes.length,
      done: 0, status: 'planned' })
  }
  for (const e of events || []) {
    if (e.event !== 'node') continue
    const item = items.get(e.node) || { node: e.node, words: '', verb: 'working on', total: 0, done: 0, status: 'planned' }
    items.set(e.node, { ...item, done: e.done, total: Math.max(item.total, e.total), status: e.status === 'working' ? 'working' : e.status,
      waitingKind: e.waiting_kind, waitingFor: e.waiting_for, failedKind: e.failed_kind, error: e.error })
  }
  const out = [...items.values()]
  if (outcome === 'succeeded') return out.map((i) => (i.status === 'failed' ? i : { ...i, status: 'done', done: i.total, waitingKind: null }))
  if (outcome) return out.map((i) => (i.status === 'planned' || i.status === 'working' ? { ...i, status: 'incomplete', waitingKind: null } : i))
  return out
}

const RANK = { failed: 5, working: 4, incomplete: 3, planned: 2, done: 1 }

// The canvas's view: one state per top-level node id (of `nodeIds`, when given). -> { [nodeId]: { status, verb, done, total } }
export function canvasStates(items, nodeIds = null) {
  const out = {}
  for (const item of items) {
    const id = item.node.split('/')[0]
    if (item.node === SHARED || (nodeIds && !nodeIds.includes(id))) continue
    const prev = out[id]
    if (!prev) { out[id] = { status: item.status, verb: item.verb, done: item.done, total: item.total }; continue }
    // Part done, part still to start is work in progress; otherwise the state that matters most wins.
    const mixed = new Set([prev.status, item.status])
    const status = mixed.size === 2 && mixed.has('done') && mixed.has('planned') ? 'working'
      : RANK[item.status] > RANK[prev.status] ? item.status : prev.status
    out[id] = { status, verb: prev.verb === 'creating' ? prev.verb : item.verb, done: prev.done + item.done, total: prev.total + item.total }
  }
  return out
}

const resources = (n) => `${n} resource${n === 1 ? '' : 's'}`

// The words a node's state reads on the canvas badge.
export function badgeText(state) {
  const { status, verb, done, total } = state
  if (status === 'planned') return `planned: ${resources(total)}`
  if (status === 'working') return `${verb} ${done}/${total}`
  if (status === 'done') return `done: ${resources(total)}`
  if (status === 'failed') return `failed (${done}/${total} done)`
  return `not finished (${done}/${total})`
}

// One line per node in the dialog.
export function lineText(item, applying) {
  if (item.status === 'planned') return applying ? `waiting to start: ${item.words}` : item.words
  if (item.status === 'working') {
    const wait = item.waitingKind ? ` · waiting on its ${item.waitingKind}${item.waitingFor >= 10 ? ` (${item.waitingFor} s)` : ''}` : ''
    return `${item.verb} ${item.done} of ${resources(item.total)}${wait}`
  }
  if (item.status === 'done') return `done: ${resources(item.total)}`
  if (item.status === 'failed') return `failed after ${item.done} of ${resources(item.total)}${item.failedKind ? `, at its ${item.failedKind}` : ''}`
  return `not finished: ${item.done} of ${resources(item.total)} (the deploy stopped first)`
}

// What failed, in words: "“train” failed creating its IAM role: EntityAlreadyExists: …". Null when no node failed.
export function failureText(items) {
  const failed = items.filter((i) => i.status === 'failed')
  if (!failed.length) return null
  const text = failed.map((i) => `“${i.node}” failed ${i.verb === 'working on' ? 'at' : i.verb} its ${i.failedKind || 'resources'}` +
    (i.error ? `: ${i.error.replace(/\.$/, '')}` : '')).join('; ')
  return `${text}.`
}

// "3 of 6 parts done"
export function overallText(items) {
  const done = items.filter((i) => i.status === 'done').length
  return `${done} of ${items.length} part${items.length === 1 ? '' : 's'} done`
}
