// A run's progress per node, from the state events the server relays (deploy_runner.runs._state_events).
// The orchestrator names each node's states "<node id>: <purpose>" (constructs_lib/naming.py state_name);
// a sub-pipeline's run is "<node id>: run <child>"; Parallel/Start/Choice states belong to no node.
export function nodeOfState(state, nodeIds) {
  if (!state) return null
  const head = state.split(' > ')[0]
  const cut = head.indexOf(': ')
  if (cut <= 0) return null
  const id = head.slice(0, cut)
  return nodeIds.includes(id) ? id : null
}

// -> { [nodeId]: { status: 'running'|'succeeded'|'failed'|'stopped', error? } }
export function runStates(events, nodeIds, outcome) {
  const out = {}
  const open = {}
  for (const e of events || []) {
    const id = nodeOfState(e.state, nodeIds)
    if (!id) continue
    const entry = out[id] || (out[id] = { status: 'running' })
    open[id] = open[id] || new Set()
    if (e.event === 'entered') { open[id].add(e.state); if (entry.status !== 'failed') entry.status = 'running' }
    else if (e.event === 'exited') {
      open[id].delete(e.state)
      // A failed task whose state still exits was handled by a Catch (deploy_runner/runs.py run_log).
      if (open[id].size === 0) { entry.status = 'succeeded'; delete entry.error }
    } else if (e.event === 'TaskFailed' || e.event === 'TaskTimedOut') { entry.status = 'failed'; entry.error = e.error }
  }
  if (outcome && outcome.status !== 'RUNNING') {
    const failed = outcome.failure?.state ? nodeOfState(outcome.failure.state, nodeIds) : null
    for (const [id, entry] of Object.entries(out)) {
      if (id === failed) entry.status = 'failed'
      else if (entry.status === 'running') entry.status = outcome.status === 'SUCCEEDED' ? 'succeeded' : 'stopped'
    }
    if (failed) out[failed] = { ...(out[failed] || {}), status: 'failed', error: outcome.failure.error }
  }
  return out
}

export const RUN_STATUS_TEXT = { running: 'running', succeeded: 'succeeded', failed: 'failed', stopped: 'stopped' }

// Each node's time in the run, from the run's logs (deploy_runner.runs.run_log: every state with its start
// and seconds): from the first of its states entered to the last one left; a node still running has none.
// -> { [nodeId]: seconds }
export function nodeDurations(logStates, nodeIds) {
  const span = {}
  for (const s of logStates || []) {
    const id = nodeOfState(s.state, nodeIds)
    if (!id || !s.start) continue
    const start = Date.parse(s.start)
    const end = s.seconds == null ? null : start + s.seconds * 1000
    const entry = span[id] || (span[id] = { start, end, open: false })
    entry.start = Math.min(entry.start, start)
    if (end == null) entry.open = true
    else entry.end = entry.end == null ? end : Math.max(entry.end, end)
  }
  const out = {}
  for (const [id, e] of Object.entries(span)) if (!e.open && e.end != null) out[id] = Math.round((e.end - e.start) / 100) / 10
  return out
}
