// "Try it" on an API endpoint node: rows typed or pasted here are scored by the deployed endpoint through
// the server (POST /api/invoke -> pipeline_ops.invoke_ops.invoke, what `playbook invoke` calls), one
// prediction per row; a failure is said in words by its kind (invoke_ops.InvokeFailed).
import { useEffect, useRef, useState } from 'react'

const WHAT_WENT_WRONG = {
  invalid_data: 'These rows cannot be sent to the model.',
  not_deployed: 'This pipeline is not deployed in this environment yet: deploy it first.',
  no_model: 'The endpoint has no model yet: a run that trains one creates it. Run the pipeline first.',
  not_an_endpoint: 'This node is not an API endpoint of the deployed pipeline.',
  model_error: 'The model could not score these rows.',
}

export default function TryIt({ api, playbook, environment, nodeId, lastRun }) {
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const [answer, setAnswer] = useState(null)
  const [failure, setFailure] = useState(null)
  const served = lastRun?.run?.status === 'SUCCEEDED' && lastRun.environment === environment
    ? (lastRun.products?.endpoints || []).find((e) => e.node === nodeId) : null

  // The inspector above it is long: once a run serves the endpoint, bring the panel into view.
  const ref = useRef(null)
  useEffect(() => { if (served) ref.current?.scrollIntoView?.({ block: 'nearest' }) }, [!!served])
  const said = useRef(null) // the answer or the error, below the form: scrolled into view when it comes
  useEffect(() => { if (answer || failure) said.current?.scrollIntoView?.({ block: 'nearest' }) }, [answer, failure])

  async function send() {
    setBusy(true); setAnswer(null); setFailure(null)
    try {
      const result = await api.invoke(playbook, environment, nodeId, text)
      const rows = text.split('\n').map((l) => l.trim()).filter(Boolean)
      setAnswer({ ...result, lines: rows })
    } catch (err) {
      const kind = err?.details?.kind
      setFailure({ kind: kind || 'error', lead: WHAT_WENT_WRONG[kind] || 'The rows could not be scored.', message: err.message })
    } finally { setBusy(false) }
  }

  return (
    <section className="inspector try-it" data-testid="try-it" ref={ref} aria-labelledby="try-it-title">
      <h3 id="try-it-title" className="section">Try it</h3>
      <p className="muted">
        {served ? <>The last run serves this endpoint as <code>{served.endpoint}</code>. </> : 'After a run has served a model, '}
        Score rows with it: one row of features per line (CSV, no header, no label), or JSON lines such as <code>[3, 1]</code>.
      </p>
      <label htmlFor="try-it-rows" className="label">Rows to score</label>
      <textarea id="try-it-rows" data-testid="try-it-rows" rows={4} value={text} placeholder={'3,1\n5,4'}
        onChange={(e) => setText(e.target.value)} aria-describedby={failure ? 'try-it-error' : undefined} />
      <div className="actions">
        <button type="button" className="primary" data-testid="try-it-send" disabled={busy || !text.trim()} onClick={send}>
          {busy ? 'Sending…' : 'Send'}</button>
      </div>
      <div role="status" aria-live="polite" ref={said}>
        {answer && (
          <table className="outputs" data-testid="try-it-predictions" data-endpoint={answer.endpoint}><tbody>
            <tr><th scope="col">row</th><th scope="col">prediction</th></tr>
            {answer.predictions.map((p, i) => (
              <tr key={i}><td><code>{answer.lines.length === answer.predictions.length ? answer.lines[i] : i + 1}</code></td>
                <td data-testid="try-it-prediction">{p}</td></tr>
            ))}
          </tbody></table>
        )}
        {failure && (
          <div className="field-error" id="try-it-error" data-testid="try-it-error" data-kind={failure.kind}>
            <b>{failure.lead}</b> {failure.message}
          </div>
        )}
      </div>
    </section>
  )
}
