// "Upload files…" on a data node (an S3 data source, a batch node's own input): files picked or dropped here
// go through the server into the node's S3 location (POST /api/data/upload -> pipeline_ops.data_ops.put, what
// `playbook data put` calls), all in one request, so a batch is uploaded or refused as a whole. Below, what
// the location holds (data_ops.ls): its object count and the first rows of its first CSV. Before a deploy
// there is no bucket yet: the panel says "deploy first".
import { useCallback, useEffect, useRef, useState } from 'react'

// The nodes whose location a run reads and nothing in the pipeline fills (pipeline_ops/data_inputs.py run_reads).
export const takesUploads = (d) => (d.kind === 'data_source' && d.subtype === 's3') || (d.kind === 'deployment' && d.subtype === 'batch')

const megabytes = (n) => `${(n / 1_000_000).toFixed(1)} MB`

// Which file the bytes sent so far are in, and how far into it: one line per file.
function perFile(files, sent) {
  let offset = 0
  return files.map((f) => {
    const done = Math.min(f.size, Math.max(0, sent - offset))
    offset += f.size
    return { name: f.name, size: f.size, percent: f.size ? Math.floor((100 * done) / f.size) : (sent >= offset ? 100 : 0) }
  })
}

function Preview({ listed }) {
  const rows = listed.head?.rows || []
  return (
    <div data-testid="data-preview" data-count={listed.count}>
      <p><code>{listed.uri}</code> holds <b data-testid="data-count">{listed.count === 1 ? '1 object' : `${listed.count} objects`}</b>
        {listed.count ? ` (${megabytes(listed.bytes)})` : ': a run that reads it is refused until it has data'}.</p>
      {rows.length > 0 && (
        <>
          <p className="muted">The first rows of <code>{listed.head.key.split('/').pop()}</code>:</p>
          <div className="data-rows"><table className="outputs" data-testid="data-rows"><tbody>
            {rows.map((row, i) => <tr key={i}>{row.map((cell, j) => <td key={j}>{cell}</td>)}</tr>)}
          </tbody></table></div>
        </>
      )}
    </div>
  )
}

export default function DataUpload({ api, playbook, environment, nodeId }) {
  const [listed, setListed] = useState(null)
  const [failure, setFailure] = useState(null)
  const [progress, setProgress] = useState(null) // [{name, size, percent, uri?}] while and after an upload
  const [busy, setBusy] = useState(false)
  const [over, setOver] = useState(false)
  const input = useRef(null)

  const look = useCallback(() => {
    setFailure(null)
    return api.dataPreview(playbook, environment, nodeId).then(setListed)
      .catch((err) => { setListed(null); setFailure(err.message) })
  }, [api, JSON.stringify(playbook), environment, nodeId])
  useEffect(() => { look() }, [look])

  async function upload(chosen) {
    const files = Array.from(chosen || [])
    if (!files.length || busy) return
    setFailure(null)
    const total = files.reduce((n, f) => n + f.size, 0)
    if (listed?.max_bytes && total > listed.max_bytes) {
      setProgress(null)
      setFailure(`${files.length} file(s), ${total} bytes: the builder uploads at most ${megabytes(listed.max_bytes)} at a time; `
        + 'nothing was uploaded. Put bigger data in a bucket of your own (`aws s3 cp`) and set the node\'s `bucket`')
      return
    }
    setBusy(true)
    setProgress(perFile(files, 0))
    try {
      const result = await api.uploadData(playbook, environment, nodeId, files, (sent) => setProgress(perFile(files, sent)))
      setProgress(perFile(files, total).map((p, i) => ({ ...p, percent: 100, uri: result.files[i]?.uri })))
      await look()
    } catch (err) {
      setProgress(null)
      setFailure(err.message)
    } finally {
      setBusy(false)
      if (input.current) input.current.value = ''
    }
  }

  if (listed?.what === 'node output') {  // a batch node fed by another node: the run fills its input itself
    return <section className="inspector data-upload" data-testid="data-upload" data-state="filled-by-run">
      <p className="muted">The run writes this node's data (<code>{listed.uri}</code>): nothing to upload.</p></section>
  }
  async function useExample() {
    setBusy(true); setFailure(null); setProgress(null)
    try {
      const result = await api.useExampleData(playbook, environment, nodeId)
      setProgress(result.files.map((f) => ({ name: f.file, size: f.bytes, percent: 100, uri: f.uri })))
      await look()
    } catch (err) {
      setFailure(err.message)
    } finally { setBusy(false) }
  }

  const deployed = listed?.deployed
  const example = listed?.example
  return (
    <section className="inspector data-upload" data-testid="data-upload" aria-labelledby="data-upload-title"
      data-state={!listed ? 'unknown' : deployed ? 'deployed' : 'not-deployed'}>
      <h3 id="data-upload-title" className="section">Data</h3>
      {listed && !deployed && <p data-testid="data-deploy-first"><b>Deploy first:</b> {listed.message}.</p>}
      {deployed && <Preview listed={listed} />}
      <div className={`drop-zone${over ? ' over' : ''}`} data-testid="data-drop"
        onDragOver={(e) => { if (deployed) { e.preventDefault(); setOver(true) } }} onDragLeave={() => setOver(false)}
        onDrop={(e) => { e.preventDefault(); setOver(false); if (deployed) upload(e.dataTransfer.files) }}>
        <input ref={input} id="data-files" data-testid="data-files" type="file" multiple hidden disabled={!deployed || busy}
          onChange={(e) => upload(e.target.files)} />
        <button type="button" data-testid="data-upload-button" disabled={!deployed || busy}
          title={deployed ? 'CSV, Parquet, anything: into this node\'s S3 location' : 'deploy first: the deploy makes the bucket'}
          onClick={() => input.current?.click()}>{busy ? 'Uploading…' : 'Upload files…'}</button>
        <span className="muted"> or drop files here{listed?.max_bytes ? ` (at most ${megabytes(listed.max_bytes)} at a time)` : ''}</span>
        {example && api.useExampleData && <div className="example-data"><button type="button" data-testid="data-example"
          disabled={!deployed || busy} onClick={useExample}>Use the example data</button> <span className="muted">
          ({example.files === 1 ? '1 file' : `${example.files} files`}, {megabytes(example.bytes)}, shipped with this playbook)</span></div>}
      </div>
      <div role="status" aria-live="polite">
        {progress && (
          <ul className="upload-progress" data-testid="data-progress">
            {progress.map((p) => (
              <li key={p.name} data-testid="data-progress-file" data-percent={p.percent}>
                <code>{p.name}</code> <progress max={100} value={p.percent} aria-label={`${p.name} uploaded`} /> {p.percent}%
                {p.uri && <> → <code>{p.uri}</code></>}
              </li>
            ))}
          </ul>
        )}
        {failure && <div className="field-error" data-testid="data-error">{failure}</div>}
      </div>
    </section>
  )
}
