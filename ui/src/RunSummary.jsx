// What a finished run produced, in plain words: each API endpoint's name and how to call it (the lines
// `playbook run --wait` prints, from pipeline_ops.invoke_ops.invoke_hints via the run job's `products`),
// where each output went with its object count, and how long each node took.
import { useState } from 'react'

function CopyLine({ text, testid }) {
  const [copied, setCopied] = useState(false)
  const copy = async () => {
    try { await navigator.clipboard.writeText(text); setCopied(true) } catch {
      // No clipboard (an insecure origin, a denied permission): select the line so Ctrl+C copies it.
      const range = document.createRange()
      const node = document.querySelector(`[data-testid="${testid}"] code`)
      if (node) { range.selectNodeContents(node); window.getSelection().removeAllRanges(); window.getSelection().addRange(range) }
    }
    setTimeout(() => setCopied(false), 2000)
  }
  return (
    <div className="copy-line" data-testid={testid}>
      <code>{text}</code>
      <button type="button" className="small" onClick={copy} aria-label={`Copy: ${text}`}>{copied ? 'Copied' : 'Copy'}</button>
    </div>
  )
}

export default function RunSummary({ products, durations, nodeIds, onTryIt }) {
  const endpoints = products?.endpoints || []
  const outputs = products?.outputs || []
  const timed = nodeIds.filter((id) => durations[id] != null)
  return (
    <section className="run-summary" data-testid="run-summary" aria-label="What the run produced">
      <h3>What the run produced</h3>
      {products && endpoints.length === 0 && outputs.length === 0 && !products.problems?.length && (
        <p className="muted">This run served no endpoint and left no output in the artifact bucket.</p>
      )}
      {endpoints.map((e) => (
        <div key={e.node} className="run-endpoint" data-testid={`run-endpoint-${e.node}`}>
          <p>The API endpoint <b>{e.node}</b> answers as <code data-testid={`run-endpoint-name-${e.node}`}>{e.endpoint}</code>. Call it with:</p>
          {e.hints.map((line, i) => <CopyLine key={i} text={line} testid={`invoke-line-${e.node}-${i}`} />)}
          <p className="muted">rows.csv: one row of features per line, no header, no label column.</p>
          {onTryIt && <button type="button" data-testid={`try-endpoint-${e.node}`} onClick={() => onTryIt(e.node)}>Try it here…</button>}
        </div>
      ))}
      {outputs.length > 0 && (
        <>
          <p>Where the outputs went (by node; “this run” is the prefix the node’s job wrote in this run):</p>
          <table className="outputs" data-testid="run-outputs"><tbody>
            {outputs.map((o) => (
              <tr key={o.uri} data-node={o.node} data-this-run={o.this_run ? 'true' : 'false'}>
                <th scope="row">{o.node}</th><td><code>{o.uri}</code>{o.this_run ? <span className="muted"> (this run)</span> : null}</td>
                <td data-testid="objects">{o.objects} object{o.objects === 1 ? '' : 's'}</td>
              </tr>
            ))}
          </tbody></table>
        </>
      )}
      {timed.length > 0 && (
        <>
          <p>Time per node:</p>
          <table className="outputs" data-testid="run-durations"><tbody>
            {timed.map((id) => <tr key={id} data-node={id}><th scope="row">{id}</th><td>{durations[id]} s</td></tr>)}
          </tbody></table>
        </>
      )}
      {(products?.problems || []).map((p, i) => <p key={i} className="muted">{p}</p>)}
    </section>
  )
}
