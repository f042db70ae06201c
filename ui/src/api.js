// The builder's operations over HTTP (the standalone `playbook ui` server).
// The Windmill raw app supplies the same interface backed by its runnables.
//
// The server answers only requests that carry this start's token (playbook_ui/guard.py). `playbook ui`
// opens the page at `/?token=...`: the page keeps the token in localStorage (this origin only, so a
// reopened tab still has it) and takes it out of the address bar, so it is not bookmarked or shared.
const TOKEN_KEY = 'playbook-builder-token'

export function takeToken(location = window.location) {
  const params = new URLSearchParams(location.search)
  const given = params.get('token')
  if (given) {
    try { window.localStorage.setItem(TOKEN_KEY, given) } catch { /* storage off: kept in memory only */ }
    params.delete('token')
    const rest = params.toString()
    window.history.replaceState(window.history.state, '', `${location.pathname}${rest ? `?${rest}` : ''}${location.hash}`)
    return given
  }
  try { return window.localStorage.getItem(TOKEN_KEY) } catch { return null }
}

async function callWith(method, url, body, token) {
  const headers = body === undefined ? {} : { 'Content-Type': 'application/json' }
  if (token) headers.Authorization = `token ${token}`
  const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  let data
  try { data = await response.json() } catch { data = { error: `HTTP ${response.status}` } }
  if (!response.ok) {
    const error = new Error(data.error || `HTTP ${response.status}`)
    error.details = data
    error.status = response.status
    throw error
  }
  return data
}

export function httpApi(base = '', token = null) {
  const call = (method, url, body) => callWith(method, url, body, token)
  return {
    kind: 'standalone',
    schema: () => call('GET', `${base}/api/schema`),
    playbooks: () => call('GET', `${base}/api/playbooks`).then((d) => d.playbooks),
    playbook: (name, version) => call('GET', `${base}/api/playbooks/${encodeURIComponent(name)}/${encodeURIComponent(version)}`),
    resolve: (use) => call('GET', `${base}/api/resolve?use=${encodeURIComponent(use)}`),
    environments: () => call('GET', `${base}/api/environments`).then((d) => d.environments),
    validate: (playbook) => call('POST', `${base}/api/validate`, { playbook }),
    // The plain-words deploy review (synthesized, no Terraform run): a job whose result is pipeline_ops.review.
    review: (playbook, environment) => call('POST', `${base}/api/review`, { playbook, environment }),
    plan: (playbook, environment) => call('POST', `${base}/api/plan`, { playbook, environment }),
    // A deploy job plans, then waits in state "awaiting_confirmation" (the plan is in job.pending).
    deploy: (playbook, environment) => call('POST', `${base}/api/deploy`, { playbook, environment }),
    confirm: (id, approve) => call('POST', `${base}/api/jobs/${encodeURIComponent(id)}/confirm`, { approve }),
    // Start a run of the deployed pipeline with typed parameter values; a job that follows it state by state
    // (job.events) and ends with the run's outcome and logs (job.result.run, job.result.logs).
    run: (playbook, environment, parameters) => call('POST', `${base}/api/run`, { playbook, environment, parameters }),
    // "Try it": score rows (CSV rows or JSON lines) with a deployed API endpoint node: {endpoint, predictions}.
    invoke: (playbook, environment, node, data) => call('POST', `${base}/api/invoke`, { playbook, environment, node, data }),
    // This server's jobs and those of earlier servers (an interrupted one says what to do next).
    jobs: () => call('GET', `${base}/api/jobs`).then((d) => d.jobs),
    job: (id, since) => call('GET', `${base}/api/jobs/${encodeURIComponent(id)}?since=${since}`),
    status: (name) => call('GET', `${base}/api/status${name ? `?name=${encodeURIComponent(name)}` : ''}`),
    // What a data node's S3 location holds: {deployed, count, head: {key, rows}, max_bytes} (data_ops.ls).
    dataPreview: (playbook, environment, node) => call('POST', `${base}/api/data/preview`, { playbook, environment, node }),
    // "Use the example data": the library's example-data/<node>/ for this version, put like `playbook data put`.
    useExampleData: (playbook, environment, node) => call('POST', `${base}/api/data/example`, { playbook, environment, node }),
    // "Upload files…": every file in one request (refused or uploaded as a whole, data_ops.put); onProgress(bytesSent).
    uploadData: (playbook, environment, node, files, onProgress) => uploadFiles(`${base}/api/data/upload`, token,
      { playbook, environment, node, files: files.map((f) => ({ name: f.name, bytes: f.size })) }, files, onProgress),
  }
}

// The body playbook_ui/data_routes.py reads: one line of JSON naming the files, then their bytes in order.
// XMLHttpRequest, not fetch: only it reports how far the upload has gone. Returns the envelope's length too,
// so the caller can tell which file the bytes sent so far belong to.
function uploadFiles(url, token, envelope, files, onProgress) {
  const head = new Blob([JSON.stringify(envelope) + '\n'])
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', url)
    xhr.setRequestHeader('Content-Type', 'application/octet-stream')
    if (token) xhr.setRequestHeader('Authorization', `token ${token}`)
    xhr.upload.onprogress = (e) => onProgress?.(Math.max(0, e.loaded - head.size))
    xhr.onerror = () => reject(new Error('the upload did not reach the builder server'))
    xhr.onload = () => {
      let data
      try { data = JSON.parse(xhr.responseText) } catch { data = { error: `HTTP ${xhr.status}` } }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(data)
      const error = new Error(data.error || `HTTP ${xhr.status}`)
      error.details = data
      error.status = xhr.status
      reject(error)
    }
    xhr.send(new Blob([head, ...files]))
  })
}

// Poll a job until it stops running (ended, or waiting for a confirmation); onLines gets new log lines.
// onView (optional) sees every poll's job view (e.g. a run's state events so far).
export async function followJob(api, job, onLines, { intervalMs = 500, timeoutMs = 15 * 60 * 1000, onView } = {}) {
  const started = Date.now()
  let since = 0
  let current = job
  for (;;) {
    if (current.lines?.length) onLines(current.lines)
    onView?.(current)
    since = current.next ?? since
    if (current.state !== 'running' && current.state !== 'stopping') return current
    if (Date.now() - started > timeoutMs) throw new Error('the job did not finish in time')
    await new Promise((r) => setTimeout(r, intervalMs))
    current = await api.job(current.id, since)
  }
}
