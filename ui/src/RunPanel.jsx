// "Run pipeline", a side panel next to the canvas (not modal: the canvas with each node's run state stays
// in view and usable): a form typed from the playbook's declared parameters (defaults prefilled), then one
// run job that starts the deployed pipeline through pipeline_ops.run_pipeline (what `playbook run --param`
// calls) and follows it state by state: each node's state shows here and on the canvas (where it stays
// after the panel closes, until the next run starts), and the end shows what `playbook run --wait` and
// `playbook logs` show (status, failing node, error, cause, the job's log tail, each job's logs) and what
// the run produced (RunSummary: endpoints and how to call them, outputs, time per node).
import { useEffect, useRef, useState } from 'react'
import { followJob } from './api.js'
import { useDialogKeys } from './dialog.js'
import RunSummary from './RunSummary.jsx'
import { RUN_STATUS_TEXT, nodeDurations, runStates } from './runstate.js'

const RUN_TIMEOUT_MS = 60 * 60 * 1000

// The same rules as `playbook run --param NAME=VALUE` (pipeline_ops/run_input.py _from_text).
export function parseParam(text, type) {
  const t = String(text ?? '')
  if (type === 'string') return { value: t }
  if (type === 'boolean') {
    if (['true', 'false'].includes(t.toLowerCase())) return { value: t.toLowerCase() === 'true' }
    return { error: 'expected true or false' }
  }
  if (type === 'integer') {
    if (/^[+-]?\d+$/.test(t.trim())) return { value: parseInt(t, 10) }
    return { error: 'expected an integer, e.g. 10' }
  }
  if (type === 'number') {
    const n = t.trim() === '' ? NaN : Number(t)
    if (!Number.isFinite(n)) return { error: 'expected a number, e.g. 0.1' }
    return { value: n }
  }
  const what = type === 'list' ? 'array' : 'object'
  try {
    const v = JSON.parse(t)
    const ok = type === 'list' ? Array.isArray(v) : v !== null && typeof v === 'object' && !Array.isArray(v)
    return ok ? { value: v } : { error: `expected a JSON ${what}` }
  } catch { return { error: `expected a JSON ${what}` } }
}

const asText = (v, type) => (v === undefined || v === null ? '' : type === 'list' || type === 'object' ? JSON.stringify(v) : String(v))

function ParamField({ name, decl, text, error, onChange }) {
  const id = `run-param-${name}`
  const type = decl.type || 'string'
  const required = decl.default === undefined || decl.default === null
  const describedBy = `${id}-help${error ? ` ${id}-error` : ''}`
  let control
  if (type === 'boolean') {
    control = (
      <select id={id} data-testid={id} value={text} onChange={(e) => onChange(e.target.value)} aria-describedby={describedBy}>
        {required && <option value="">(choose)</option>}
        <option value="true">true</option><option value="false">false</option>
      </select>
    )
  } else if (type === 'list' || type === 'object') {
    control = <textarea id={id} data-testid={id} rows={2} value={text} onChange={(e) => onChange(e.target.value)}
      aria-describedby={describedBy} aria-invalid={error ? 'true' : 'false'} />
  } else {
    control = <input id={id} data-testid={id} value={text} inputMode={type === 'integer' ? 'numeric' : type === 'number' ? 'decimal' : 'text'}
      onChange={(e) => onChange(e.target.value)} aria-describedby={describedBy} aria-invalid={error ? 'true' : 'false'} />
  }
  return (
    <div className={`field${error ? ' invalid' : ''}`}>
      <label htmlFor={id}>{name} <span className="muted">({type}{required ? ', required' : ''})</span></label>
      {control}
      <div className="muted" id={`${id}-help`}>{decl.description || ''}{required ? '' : ` Default: ${asText(decl.default, type) || '""'}.`}</div>
      {error && <div className="field-error" id={`${id}-error`} data-testid={`${id}-error`}>{error}</div>}
    </div>
  )
}

function Outcome({ result }) {
  const run = result.run
  const failure = run.failure
  const jobs = [...(result.logs?.jobs || []), ...(result.logs?.children || []).flatMap((c) => c.jobs || [])]
  return (
    <div className={`outcome ${run.status === 'SUCCEEDED' ? 'ok' : 'failed'}`} data-testid="run-outcome">
      <p><b>{run.status === 'SUCCEEDED' ? 'Run succeeded' : `Run ${run.status.toLowerCase().replace('_', ' ')}`}</b>
        {run.seconds != null ? ` in ${run.seconds} s` : ''} · <code>{run.name}</code></p>
      {failure && (
        <div data-testid="run-failure">
          <p>Failed at <b>{failure.state || 'an unknown state'}</b>: {failure.error || 'no error name'}</p>
          {(failure.reason || failure.cause) && <p>Cause: {String(failure.reason || failure.cause).slice(0, 2000)}</p>}
          {failure.log_tail?.length > 0 && (
            <>
              <p>Last log lines of {failure.job}:</p>
              <pre className="log" data-testid="run-failure-log">{failure.log_tail.join('\n')}</pre>
            </>
          )}
        </div>
      )}
      {jobs.length > 0 && (
        <details data-testid="run-job-logs">
          <summary>Logs of {jobs.length} job{jobs.length === 1 ? '' : 's'}</summary>
          {jobs.map((j, i) => (
            <div key={i}><p><b>{j.state}</b> · {j.job}</p><pre className="log">{(j.log_tail || []).join('\n') || '(no log lines)'}</pre></div>
          ))}
        </details>
      )}
    </div>
  )
}

const FIRST_FIELD = 'form input, form select, form textarea, form button'

export default function RunPanel({ api, playbook, environment, hidden, onClose, onProgress, onStart, onFinished, onTryIt }) {
  const declared = playbook.spec?.parameters || {}
  const names = Object.keys(declared)
  const nodeIds = (playbook.spec?.nodes || []).map((n) => n.id)
  const [texts, setTexts] = useState(() => Object.fromEntries(names.map((n) => [n, asText(declared[n].default, declared[n].type || 'string')])))
  const [errors, setErrors] = useState({})
  const [phase, setPhase] = useState('form')
  const [problem, setProblem] = useState(null)
  const [events, setEvents] = useState([])
  const [lines, setLines] = useState([])
  const [result, setResult] = useState(null)
  const closed = useRef(false)
  const dialogRef = useDialogKeys(onClose, { modal: false, initial: FIRST_FIELD })
  useEffect(() => () => { closed.current = true }, [])
  // Shown again after it was hidden: focus goes in, as when it first opened.
  const wasHidden = useRef(hidden)
  useEffect(() => {
    if (wasHidden.current && !hidden) {
      const panel = dialogRef.current
      ;(panel?.querySelector(FIRST_FIELD) || panel)?.focus()
    }
    wasHidden.current = hidden
  }, [hidden])

  const states = runStates(events, nodeIds, result?.run)
  useEffect(() => { onProgress?.(states) }, [JSON.stringify(states)])

  function check() {
    const values = {}
    const found = {}
    for (const name of names) {
      const type = declared[name].type || 'string'
      const text = texts[name]
      const required = declared[name].default === undefined || declared[name].default === null
      if (text === '' && type !== 'string') {
        if (required) found[name] = 'required: this parameter has no default'
        continue
      }
      const parsed = parseParam(text, type)
      if (parsed.error) found[name] = parsed.error
      else values[name] = parsed.value
    }
    setErrors(found)
    return Object.keys(found).length ? null : values
  }

  async function start(e) {
    e?.preventDefault()
    const values = check()
    if (!values) return
    setPhase('running'); setProblem(null); setEvents([]); setLines([]); setResult(null)
    onStart?.()
    try {
      const job = await api.run(playbook, environment, values)
      const view = await followJob(api, job, (more) => !closed.current && setLines((prev) => [...prev, ...more]),
        { timeoutMs: RUN_TIMEOUT_MS, onView: (v) => !closed.current && setEvents(v.events || []) })
      if (closed.current) return
      setEvents(view.events || [])
      if (view.state === 'succeeded') {
        setResult(view.result); setPhase(view.result.run.status === 'SUCCEEDED' ? 'succeeded' : 'failed')
        onFinished?.({ ...view.result, environment, finished: Date.now() })
      }
      else { setProblem(view.error || `the run job ended ${view.state}`); setPhase('error') }
    } catch (err) {
      if (closed.current) return
      const list = err?.details?.errors
      if (Array.isArray(list)) {
        const byName = {}
        list.forEach((x) => { const m = /parameter '([^']+)'/.exec(x.message); if (m && names.includes(m[1])) byName[m[1]] = x.message })
        setErrors(byName)
        setProblem(`${err.message}: ${list.map((x) => x.message).join('; ')}`)
        setPhase('form')
      } else { setProblem(err.message || String(err)); setPhase('error') }
    }
  }

  const stateRows = nodeIds.filter((id) => states[id])
  const durations = nodeDurations(result?.logs?.states, nodeIds)
  return (
    <aside className="run-panel" role="region" aria-labelledby="run-title" data-testid="run-panel" data-phase={phase} ref={dialogRef} tabIndex={-1} hidden={hidden}>
        <div className="run-panel-head">
          <h2 id="run-title">Run {playbook.metadata.name}@{playbook.metadata.version} in <code>{environment}</code></h2>
          <button type="button" className="small" data-testid="close-run-panel" aria-label="Close the run panel" onClick={onClose}>✕</button>
        </div>
        {phase === 'form' && (
          <form onSubmit={start} data-testid="run-form" noValidate>
            {names.length === 0 && <p className="muted">This pipeline declares no parameters: the run uses its configuration as it is.</p>}
            {names.map((name) => (
              <ParamField key={name} name={name} decl={declared[name]} text={texts[name]} error={errors[name]}
                onChange={(t) => { setTexts((prev) => ({ ...prev, [name]: t })); setErrors((prev) => ({ ...prev, [name]: undefined })) }} />
            ))}
            {problem && <p className="field-error" data-testid="run-problem">{problem}</p>}
            <div className="actions">
              <button className="primary" type="submit" data-testid="start-run">Start the run</button>
              <button type="button" data-testid="close-run" onClick={onClose}>Cancel</button>
            </div>
          </form>
        )}
        {phase !== 'form' && (
          <>
            <p data-testid="run-status" role="status">{phase === 'running' ? 'Running… each node’s state shows below and on the canvas.'
              : phase === 'succeeded' ? 'The run succeeded.' : phase === 'failed' ? 'The run failed.' : 'The run could not be followed.'}</p>
            <table className="outputs" data-testid="run-nodes"><tbody>
              {stateRows.map((id) => (
                <tr key={id} data-node={id} data-status={states[id].status}>
                  <th scope="row">{id}</th><td className={`run-${states[id].status}`}>{RUN_STATUS_TEXT[states[id].status]}</td>
                  <td>{durations[id] != null ? `${durations[id]} s` : ''}</td><td>{states[id].error || ''}</td>
                </tr>
              ))}
            </tbody></table>
            {result && <Outcome result={result} />}
            {phase === 'succeeded' && <RunSummary products={result.products} durations={durations} nodeIds={nodeIds} onTryIt={onTryIt} />}
            {phase === 'error' && <div className="outcome failed" data-testid="run-outcome"><b>Failed:</b> {problem}</div>}
            {lines.length > 0 && <details><summary>Run log ({lines.length} lines)</summary><pre className="log" data-testid="run-log">{lines.join('\n')}</pre></details>}
            <div className="actions">
              {phase !== 'running' && <button data-testid="run-again" onClick={() => { setPhase('form'); setProblem(null) }}>Run again…</button>}
              <button data-testid="close-run" onClick={onClose}>Close</button>
            </div>
          </>
        )}
    </aside>
  )
}
