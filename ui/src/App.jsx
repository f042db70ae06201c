// The visual pipeline builder. `api` is either the standalone server (api.js) or
// the Windmill raw app's runnables; everything else is the same code.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import {
  Background, Controls, MiniMap, ReactFlow, ReactFlowProvider, applyEdgeChanges, applyNodeChanges, useReactFlow,
} from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import './styles.css'
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml'
import DeployDialog, { clock } from './DeployDialog.jsx'
import JobsDialog, { InterruptedBanner, JobDialog, RunningBanner, UNFINISHED, isRunningDeploy } from './Jobs.jsx'
import { ConnectFrom, useNodeKeys } from './keyboard.jsx'
import RunPanel from './RunPanel.jsx'
import TryIt from './TryIt.jsx'
import DataUpload, { takesUploads } from './DataUpload.jsx'
import { childDocOf, innerTree } from './expand.js'
import Inspector from './Inspector.jsx'
import { applyLayout } from './layout.js'
import { MINIMAP_SIZE, freeSpot, panTo } from './placement.js'
import { KINDS, emptyMeta, fromPlaybook, makeEdge, newStepNode, toPlaybook } from './model.js'
import { KIND_STYLE, edgeTypes, nodeTypes } from './nodes.jsx'
import { setKindsFromSchema } from './kinds.js'
import { useHistory } from './history.js'
import ConnectionHint from './ConnectionHint.jsx'
import ProblemsList, { focusProblemField } from './ProblemsList.jsx'
import { connectionProblem } from './compat.js'
import { placeProblems } from './problems.js'
import { suggestedName } from './slug.js'

const DRAG_TYPE = 'application/x-playbook-node'
const DRAFT_KEY = 'playbook-builder-draft-v1'
const caretRange = (v) => { const [major, minor] = String(v).split('.'); return `^${major}.${minor}` }
export const toYaml = (playbook) => stringifyYaml(playbook, { lineWidth: 0 })

function Palette({ library, onAdd }) {
  const item = (key, label, payload, testid) => (
    <div key={key} className={`palette-item kind-${payload.kind}`} draggable data-testid={testid} role="button" tabIndex={0}
      aria-label={`Add ${label} (drag onto the canvas, or press Enter)`}
      onDragStart={(e) => { e.dataTransfer.setData(DRAG_TYPE, JSON.stringify(payload)); e.dataTransfer.effectAllowed = 'move' }}
      onDoubleClick={() => onAdd(payload)} onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onAdd(payload) } }}
      title="Drag onto the canvas (or double-click / Enter to add)">
      {label}
    </div>
  )
  return (
    <nav className="palette" data-testid="palette" aria-label="Node palette">
      {KINDS.map((k) => (
        <div key={k.kind} className="palette-group">
          <h2><span aria-hidden="true">{KIND_STYLE[k.kind].icon}</span> {k.label}</h2>
          {k.subtypes.map((s) => item(`${k.kind}-${s}`, s ? s.replace('_', ' ') : k.label.toLowerCase(), { kind: k.kind, subtype: s },
            `palette-${k.kind}${s ? `-${s}` : ''}`))}
        </div>
      ))}
      <div className="palette-group">
        <h2><span aria-hidden="true">{KIND_STYLE.pipeline.icon}</span> Sub-pipeline</h2>
        {library.map((p) => item(`pipe-${p.name}`, `${p.name} ${caretRange(p.latest)}`,
          { kind: 'pipeline', subtype: null, use: `${p.name}@${caretRange(p.latest)}` }, `palette-pipeline-${p.name}`))}
      </div>
    </nav>
  )
}

function MetaForm({ meta, setMeta, environments, environment, setEnvironment, errors }) {
  const field = (key, label, props = {}, extra = '') => (
    <div className={`meta-field${extra ? ` ${extra}` : ''}${errors[key] ? ' invalid' : ''}`}>
      <label htmlFor={`meta-${key}`}>{label}</label>
      <input id={`meta-${key}`} data-testid={`meta-${key}`} value={meta[key] ?? ''} {...props}
        aria-invalid={errors[key] ? 'true' : 'false'} aria-describedby={errors[key] ? `meta-${key}-error` : undefined}
        onChange={(e) => { const value = e.target.value; setMeta((m) => ({ ...m, [key]: value })) }} />
      {errors[key] && <div className="field-error" id={`meta-${key}-error`} data-testid={`meta-${key}-error`}>{errors[key]}</div>}
      {key === 'name' && suggestedName(meta.name) && (
        <div className="name-suggestion">
          <button className="link" data-testid="meta-name-suggestion" onClick={() => setMeta((m) => ({ ...m, name: suggestedName(m.name) || m.name }))}>
            Use “{suggestedName(meta.name)}”</button>
        </div>
      )}
    </div>
  )
  return (
    <div className="meta-form" data-testid="meta-form">
      {field('name', 'Name')}
      {field('version', 'Version')}
      {field('description', 'Description', {}, 'grow')}
      <div className={`meta-field${errors.platform ? ' invalid' : ''}`}>
        <label htmlFor="meta-platform">Platform</label>
        <select id="meta-platform" data-testid="meta-platform" value={meta.platform}
          onChange={(e) => { const platform = e.target.value; setMeta((m) => ({ ...m, platform })) }}>
          <option value="aws">aws</option>
        </select>
      </div>
      <div className="meta-field">
        <label htmlFor="meta-environment">Environment</label>
        <select id="meta-environment" data-testid="meta-environment" value={environment} onChange={(e) => setEnvironment(e.target.value)}>
          {environments.map((env) => <option key={env.name} value={env.name}>{env.name}{env.emulator ? ' (local emulator)' : ''}</option>)}
        </select>
      </div>
    </div>
  )
}

function LibraryLoader({ library, onLoad }) {
  const [name, setName] = useState('')
  const [version, setVersion] = useState('')
  const entry = library.find((p) => p.name === name)
  return (
    <div className="loader">
      <select data-testid="load-name" aria-label="Library playbook" value={name} onChange={(e) => { setName(e.target.value); setVersion('') }}>
        <option value="">Library playbook…</option>
        {library.map((p) => <option key={p.name} value={p.name}>{p.name}</option>)}
      </select>
      <select data-testid="load-version" aria-label="Version" value={version} onChange={(e) => setVersion(e.target.value)} disabled={!entry}>
        <option value="">latest</option>
        {(entry?.versions || []).map((v) => <option key={v} value={v}>{v}</option>)}
      </select>
      <button data-testid="load-button" disabled={!entry} onClick={() => onLoad(name, version || entry.latest)}>Load</button>
    </div>
  )
}

// The empty canvas of a first visit: what to do, and one click to start from a library playbook.
function FirstRun({ library, onTemplate }) {
  return (
    <div className="first-run" data-testid="first-run" role="region" aria-label="Getting started">
      <h2>Build an ML pipeline</h2>
      <ol>
        <li>Drag a <b>data source</b> from the palette on the left onto this canvas.</li>
        <li>Add preprocessing, a model and a deployment the same way.</li>
        <li>Connect them: drag from a node's right edge to the next node's left edge.</li>
        <li>Click a node to set it up; <b>Deploy pipeline</b> shows what will be created and what it costs.</li>
      </ol>
      {library.length > 0 && (
        <>
          <p>Or start from a template:</p>
          <div className="templates">
            {library.map((p) => (
              <button key={p.name} data-testid={`template-${p.name}`} onClick={() => onTemplate(p)}>
                <b>{p.name}</b><span className="muted">{p.description}</span>
              </button>
            ))}
          </div>
        </>
      )}
    </div>
  )
}

function readDraft() {
  try { return JSON.parse(window.localStorage.getItem(DRAFT_KEY) || 'null') } catch { return null }
}
function writeDraft(value) {
  try { if (value) window.localStorage.setItem(DRAFT_KEY, JSON.stringify(value)); else window.localStorage.removeItem(DRAFT_KEY) } catch { /* storage off */ }
}

function Editor({ api }) {
  const [schema, setSchema] = useState(null)
  const [library, setLibrary] = useState([])
  const [environments, setEnvironments] = useState([{ name: 'local', emulator: true }])
  const [environment, setEnvironment] = useState('local')
  const [meta, setMetaRaw] = useState(emptyMeta())
  const [nodes, setNodes] = useState([])
  const [edges, setEdges] = useState([])
  const [touched, setTouched] = useState(false)
  const [expansions, setExpansions] = useState({})
  const [validation, setValidation] = useState({ state: 'idle', errors: [], index: null })
  const [notice, setNotice] = useState(null)
  const [showYaml, setShowYaml] = useState(false)
  const [deploying, setDeploying] = useState(false)
  // The run panel, once opened, stays mounted while hidden: a run it follows goes on updating the canvas,
  // and "Run…" shows it again as it was (the last run's outcome and summary, or the run still going).
  const [running, setRunning] = useState(false)
  const [runShown, setRunShown] = useState(false)
  const runButton = useRef(null)
  const openRun = () => { setRunning(true); setRunShown(true) }
  const [runStatus, setRunStatus] = useState({}) // node id -> {status, error} of the last run, until the next one starts
  const [lastRun, setLastRun] = useState(null) // the last finished run's result (its endpoints, for "Try it")
  const [deployStatus, setDeployStatus] = useState({}) // node id -> the deploy's state there (deploystate.js canvasStates)
  const [showJobs, setShowJobs] = useState(false)
  const [watching, setWatching] = useState(null) // a job of the list opened to follow (a deploy: DeployDialog)
  const envChosen = useRef(false)
  const [jobList, setJobList] = useState([])
  const [bannerClosed, setBannerClosed] = useState(false)
  const [revision, setRevision] = useState(0) // remounts side-panel forms after undo/redo/load
  // True while the canvas shows the computed layout (loaded without saved positions, or Re-layout):
  // then opening a sub-pipeline lays the graph out again; once the user placed nodes, neighbours shift instead.
  const [autoLaid, setAutoLaid] = useState(false)
  const collapsedSize = useRef({})
  const fileInput = useRef(null)
  const canvasRef = useRef(null)
  const flow = useReactFlow()
  // The canvas's size on screen: the minimap shows only where it takes at most a tenth of it.
  const [canvasSize, setCanvasSize] = useState({ width: 0, height: 0 })
  useEffect(() => {
    const el = canvasRef.current
    if (!el || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(([entry]) => setCanvasSize({ width: entry.contentRect.width, height: entry.contentRect.height }))
    observer.observe(el)
    return () => observer.disconnect()
  }, [])
  const setMeta = useCallback((update) => { setTouched(true); setMetaRaw(update) }, [])

  useEffect(() => {
    api.schema().then((s) => { setKindsFromSchema(s); setSchema(s) }).catch((e) => setNotice(`could not load the schema: ${e.message}`))
    api.playbooks().then(setLibrary).catch((e) => setNotice(`could not list the library: ${e.message}`))
    api.environments().then((envs) => {
      if (envs?.length) {
        setEnvironments(envs)
        if (!envChosen.current) setEnvironment(envs.find((e) => e.emulator)?.name || envs[0].name)
      }
    }).catch(() => {})
    api.jobs?.().then(setJobList).catch(() => {})
    const draft = readDraft()
    if (draft?.playbook) {
      loadDocument(draft.playbook, 'your draft from this browser')
      setMetaRaw((m) => ({ ...m, saveLayout: draft.saveLayout !== false }))
    }
  }, [api])

  // Jobs go on when the tab closes. While one runs the list is refreshed, so the page follows its end;
  // on opening, a deploy of the pipeline in this browser's draft that still runs is reattached at once.
  const refreshJobs = useCallback(() => api.jobs?.().then(setJobList).catch(() => {}), [api])
  useEffect(() => {
    if (!jobList.some((j) => UNFINISHED.has(j.state))) return
    const timer = setInterval(refreshJobs, 2000)
    return () => clearInterval(timer)
  }, [jobList, refreshJobs])
  const reattached = useRef(false)
  useEffect(() => {
    if (reattached.current || !jobList.length) return
    reattached.current = true
    const draftName = readDraft()?.playbook?.metadata?.name
    const job = jobList.find((j) => j.kind === 'deploy' && UNFINISHED.has(j.state) && j.name && j.name === draftName)
    if (job) { envChosen.current = true; setEnvironment(job.environment); setWatching(job) }
  }, [jobList])
  const openJob = (job) => { setShowJobs(false); setWatching(job) }
  const closeWatch = () => { setWatching(null); refreshJobs() }

  const { playbook, index } = useMemo(() => toPlaybook(meta, nodes, edges), [meta, nodes, edges])
  const playbookKey = useMemo(() => JSON.stringify(playbook), [playbook])

  const history = useHistory({ meta, nodes, edges }, (s) => {
    setMetaRaw(s.meta); setNodes(s.nodes); setEdges(s.edges); setRevision((r) => r + 1)
  })

  // Keep the work across a reload (this browser only); "New" forgets it.
  useEffect(() => {
    if (!touched) return
    const timer = setTimeout(() => writeDraft({ playbook: toPlaybook({ ...meta, saveLayout: true }, nodes, edges).playbook,
      saveLayout: meta.saveLayout }), 300)
    return () => clearTimeout(timer)
  }, [playbookKey, touched, nodes])

  // Live validation by the same models as the CLI, debounced; answers to older edits are dropped.
  // Nothing is checked (and nothing is red) before the user has done something.
  const latest = useRef(0)
  useEffect(() => {
    const ticket = ++latest.current
    if (!touched) { setValidation({ state: 'idle', errors: [], index: null }); return }
    setValidation((v) => ({ ...v, state: 'checking' }))
    const timer = setTimeout(async () => {
      try {
        const result = await api.validate(playbook)
        if (ticket === latest.current) setValidation({ state: result.valid ? 'valid' : 'invalid', errors: result.errors || [], index })
      } catch (e) {
        if (ticket === latest.current) setValidation({ state: 'error', errors: [{ path: '<request>', message: e.message }], index })
      }
    }, 300)
    return () => clearTimeout(timer)
  }, [playbookKey, touched])

  const located = useMemo(() => placeProblems(validation.errors, validation.index || index, nodes, edges), [validation, index, nodes, edges])

  // Patches merge into the node's current data (not a copy from an older render).
  const updateNodeData = useCallback((id, patch) => { setTouched(true); setNodes((ns) => ns.map((n) => (n.id === id
    ? { ...n, data: { ...n.data, ...(typeof patch === 'function' ? patch(n.data) : patch) } } : n))) }, [])
  const deleteNode = useCallback((id) => {
    setNodes((ns) => ns.filter((n) => n.id !== id))
    setEdges((es) => es.filter((e) => e.source !== id && e.target !== id))
  }, [])

  // Sub-pipelines open in place, to any depth; containers grow and their neighbours make room.
  const openPlaybook = useCallback(async (use) => {
    try {
      const found = await api.resolve(use)
      loadDocument(found.playbook, `${found.name}@${found.version} (opened from ${use}; Undo returns)`)
    } catch (e) { setNotice(`cannot open ${use}: ${e.message}`) }
  }, [api])
  const toggleRef = useRef(null)
  const handlers = useMemo(() => ({ toggle: (id, data) => toggleRef.current(id, data), open: openPlaybook }), [openPlaybook])
  const trees = useMemo(() => {
    const out = {}
    nodes.forEach((n) => {
      const entry = expansions[n.id]
      if (entry?.doc) out[n.id] = innerTree(n.id, n.data.nodeId, entry.doc, expansions, handlers)
    })
    return out
  }, [nodes, expansions, handlers])

  const sizeOf = (id, tree) => tree?.size || { width: nodes.find((n) => n.id === id)?.measured?.width ?? 200,
    height: nodes.find((n) => n.id === id)?.measured?.height ?? 84 }
  toggleRef.current = async (id, data) => {
    const top = id.split('::')[0]
    const topNode = nodes.find((n) => n.id === top)
    if (!topNode) return
    let next
    if (expansions[id]) {
      next = Object.fromEntries(Object.entries(expansions).filter(([k]) => k !== id && !k.startsWith(`${id}::`)))
    } else {
      try {
        const doc = childDocOf(data, data.pipeline ? null : (await api.resolve(data.use)).playbook)
        next = { ...expansions, [id]: { doc } }
      } catch (e) {
        setExpansions((x) => ({ ...x, [id]: { error: `cannot open ${data.use}: ${e.message}` } }))
        return
      }
    }
    if (autoLaid) {
      // Still the computed layout: lay it out again around the new size, so connections stay clear of nodes.
      const sizeFor = (n) => (next[n.id]?.doc ? innerTree(n.id, n.data.nodeId, next[n.id].doc, next, handlers).size
        : expansions[n.id]?.doc ? collapsedSize.current[n.id] || { width: 200, height: 84 } : n.measured)
      const laid = applyLayout(nodes.map((n) => ({ ...n, measured: sizeFor(n) })), edges)
      if (!expansions[id] && !id.includes('::')) collapsedSize.current[id] = topNode.measured
      setExpansions(next)
      setNodes(laid.nodes.map((n, i) => ({ ...n, measured: nodes[i].measured })))
      setEdges(laid.edges)
      return
    }
    const before = sizeOf(top, trees[top])
    const after = next[top]?.doc ? innerTree(top, topNode.data.nodeId, next[top].doc, next, handlers).size : sizeOf(top, null)
    const dx = after.width - before.width, dy = after.height - before.height
    const right = (n) => n.position.x > topNode.position.x + 20
    const below = (n) => Math.abs(n.position.x - topNode.position.x) <= 20 && n.position.y > topNode.position.y
    setExpansions(next)
    if (dx || dy) {
      setNodes((ns) => ns.map((n) => {
        if (n.id === top) return n
        // The shift is remembered, so the saved layout keeps where the user put the node (collapse undoes it).
        const shift = (sx, sy) => ({ ...n, position: { x: n.position.x + sx, y: n.position.y + sy },
          data: { ...n.data, layoutShift: { dx: (n.data.layoutShift?.dx || 0) + sx, dy: (n.data.layoutShift?.dy || 0) + sy } } })
        if (right(n)) return shift(dx, 0)
        if (below(n)) return shift(0, dy)
        return n
      }))
      setEdges((es) => es.map((e) => (e.data?.route ? { ...e, data: { ...e.data, route: null } } : e)))
    }
  }

  const displayNodes = useMemo(() => {
    const out = []
    nodes.forEach((n) => {
      const tree = trees[n.id]
      const run = runStatus[n.data.nodeId]
      const deployed = deployStatus[n.data.nodeId]
      const data = { ...n.data, errors: located.byNode[n.id] || [], expanded: !!tree, childName: tree?.name, runStatus: run?.status,
        deployStatus: deployed || null,
        expandError: expansions[n.id]?.error || null,
        ...(n.data.kind === 'pipeline' ? { onToggle: () => toggleRef.current(n.id, n.data), onOpen: n.data.use ? () => openPlaybook(n.data.use) : null } : {}) }
      const label = n.type === 'pipelineInput' ? `pipeline input ${n.data.nodeId}` : `${KIND_STYLE[n.data.kind]?.label || n.data.kind} node ${n.data.nodeId}`
      out.push({ ...n, data, ariaLabel: `${label}${data.errors.length ? `, ${data.errors.length} problem(s)` : ''}${run ? `, run ${run.status}` : ''}${deployed ? `, deploy ${deployed.status}` : ''}`,
        ...(tree ? { style: { width: tree.size.width, height: tree.size.height }, width: tree.size.width, height: tree.size.height } : {}) })
      if (tree) out.push(...tree.nodes)
    })
    return out
  }, [nodes, trees, located, expansions, openPlaybook, runStatus, deployStatus])
  const displayEdges = useMemo(() => {
    const own = edges.map((e) => {
      const errors = located.byEdge[e.id]
      const label = [e.data?.input, e.data?.output].filter(Boolean).join(' ← ')
      const source = nodes.find((n) => n.id === e.source)?.data.nodeId, target = nodes.find((n) => n.id === e.target)?.data.nodeId
      const base = { ...e, type: 'routed', ariaLabel: `connection from ${source} to ${target}${errors ? `: ${errors[0]}` : ''}` }
      if (!errors) return { ...base, label: label || undefined, className: e.className || '' }
      const short = errors[0].length > 48 ? `${errors[0].slice(0, 46)}…` : errors[0]
      return { ...base, className: 'edge-error', label: `⚠ ${short}`, animated: true, style: { stroke: '#d33', strokeWidth: 2.5 },
        labelStyle: { fill: '#b00' } }
    })
    return [...own, ...Object.values(trees).flatMap((t) => t.edges)]
  }, [edges, located, trees, nodes])

  const onNodesChange = useCallback((changes) => {
    const own = changes.filter((c) => !String(c.id).includes('::'))
    if (!own.length) return
    const moved = new Set(own.filter((c) => c.type === 'position' && c.position).map((c) => c.id))
    if (moved.size) { setMetaRaw((m) => (m.saveLayout ? m : { ...m, saveLayout: true })); setAutoLaid(false) }
    if (own.some((c) => c.type === 'remove' || c.type === 'position')) setTouched(true)
    setNodes((ns) => applyNodeChanges(own, ns))
    const removed = own.filter((c) => c.type === 'remove').map((c) => c.id)
    if (removed.length || moved.size) {
      setEdges((es) => es.filter((e) => !removed.includes(e.source) && !removed.includes(e.target)).map((e) => (
        e.data?.route && (moved.has(e.source) || moved.has(e.target)) ? { ...e, data: { ...e.data, route: null } } : e)))
    }
  }, [])
  const onEdgesChange = useCallback((changes) => {
    const own = changes.filter((c) => !String(c.id).includes('::'))
    if (own.some((c) => c.type === 'remove')) setTouched(true)
    setEdges((es) => applyEdgeChanges(own, es))
  }, [])
  // A connection the kinds at its ends cannot take is refused (while dragging: ConnectionHint says why).
  const refusal = useCallback((c) => connectionProblem(nodes.find((n) => n.id === c.source), nodes.find((n) => n.id === c.target), nodes, edges),
    [nodes, edges])
  const isValidConnection = useCallback((c) => !refusal(c), [refusal])
  const onConnect = useCallback((c) => {
    if (c.source === c.target || c.source.includes('::') || c.target.includes('::')) return
    const refused = refusal(c)
    if (refused) { setNotice(`not connected: ${refused}`); return }
    setTouched(true)
    setEdges((es) => {
      if (es.some((e) => e.source === c.source && e.target === c.target)) return es
      const target = nodes.find((n) => n.id === c.target)
      let input = null
      if (target?.data.inputsMap) {
        const used = new Set(es.filter((e) => e.target === c.target).map((e) => e.data?.input))
        const declared = Object.keys(library.find((p) => target.data.use?.startsWith(`${p.name}@`))?.inputs || {})
        input = declared.find((k) => !used.has(k)) || `input_${used.size + 1}`
      }
      return [...es, makeEdge(c.source, c.target, { input })]
    })
  }, [nodes, library, refusal])

  // A problem clicked in the list: select what it is about, bring it into view, put the cursor in its field.
  const selectProblem = useCallback((item) => {
    const node = item.edge ? null : item.node
    setNodes((ns) => ns.map((n) => (n.selected === (n.id === node) ? n : { ...n, selected: n.id === node })))
    setEdges((es) => es.map((e) => (!!e.selected === (e.id === item.edge) ? e : { ...e, selected: e.id === item.edge })))
    const ids = item.edge ? edges.filter((e) => e.id === item.edge).flatMap((e) => [e.source, e.target]) : node ? [node] : []
    if (ids.length) flow.fitView({ nodes: ids.map((id) => ({ id })), padding: 0.4, maxZoom: flow.getZoom(), duration: 200 })
    focusProblemField(item)
  }, [edges, flow])

  const addNode = useCallback((payload, position) => {
    setTouched(true)
    setAutoLaid(false)
    setMetaRaw((m) => (m.saveLayout ? m : { ...m, saveLayout: true }))
    // Without a drop point: a free spot in the part of the canvas the user sees (placement.js).
    const spot = position ? { position, pan: false } : canvasRef.current ? freeSpot(canvasRef.current, flow) : { position: { x: 60, y: 60 }, pan: false }
    if (spot.pan) setTimeout(() => panTo(flow, spot.position), 0)
    setNodes((ns) => {
      const at = spot.position
      const extra = payload.kind === 'pipeline' ? { use: payload.use, with: {}, pipeline: null } : {}
      const node = newStepNode(payload.kind, payload.subtype, at, ns, extra)
      return [...ns.map((n) => ({ ...n, selected: false })), { ...node, selected: true }]
    })
  }, [flow])

  const onDrop = useCallback((e) => {
    e.preventDefault()
    const raw = e.dataTransfer.getData(DRAG_TYPE)
    if (!raw) return
    addNode(JSON.parse(raw), flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }))
  }, [flow, addNode])

  function loadDocument(doc, label) {
    const graph = fromPlaybook(doc)
    setMetaRaw(graph.meta)
    setNodes(graph.nodes)
    setEdges(graph.edges)
    setExpansions({})
    setTouched(true)
    setAutoLaid(!graph.restoredPositions)
    setRevision((r) => r + 1)
    setNotice(`loaded ${label}`)
    setTimeout(() => flow.fitView({ padding: 0.2 }), 50)
  }

  async function loadFromLibrary(name, version) {
    try {
      const data = await api.playbook(name, version)
      loadDocument(data.playbook, `${name}@${data.version}`)
    } catch (e) { setNotice(`could not load ${name}@${version}: ${e.message}`) }
  }

  function openFile(file) {
    file.text().then((text) => {
      try {
        const doc = parseYaml(text, { uniqueKeys: true, maxAliasCount: 50 })
        loadDocument(doc, file.name)
      } catch (e) { setNotice(`${file.name} is not valid YAML: ${e.message}`) }
    })
  }

  function download() {
    const blob = new Blob([toYaml(playbook)], { type: 'application/yaml' })
    const a = document.createElement('a')
    a.href = URL.createObjectURL(blob)
    a.download = `${meta.name || 'pipeline'}-${meta.version || '0.0.0'}.yaml`
    document.body.appendChild(a)
    a.click()
    a.remove()
  }

  function newPipeline() {
    setMetaRaw(emptyMeta()); setNodes([]); setEdges([]); setExpansions({}); setTouched(false); setRevision((r) => r + 1)
    flow.setViewport({ x: 0, y: 0, zoom: 1 }) // a template's fitted zoom would make the new pipeline's nodes tiny
    writeDraft(null)
    setNotice('new pipeline')
  }

  function relayout() {
    const laid = applyLayout(nodes.map((n) => (trees[n.id] ? { ...n, measured: trees[n.id].size } : n)), edges)
    setNodes(laid.nodes)
    setEdges(laid.edges)
    setMetaRaw((m) => ({ ...m, saveLayout: true }))
    setTouched(true)
    setAutoLaid(true)
    setTimeout(() => flow.fitView({ padding: 0.2 }), 50)
  }

  // Ctrl/Cmd+Z undo, Ctrl+Shift+Z or Ctrl+Y redo (text fields keep their own undo).
  useEffect(() => {
    const onKey = (e) => {
      if (!(e.ctrlKey || e.metaKey)) return
      const tag = e.target?.tagName
      if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || e.target?.isContentEditable) return
      const key = e.key.toLowerCase()
      if (key === 'z' && !e.shiftKey) { e.preventDefault(); history.undo() }
      else if ((key === 'z' && e.shiftKey) || key === 'y') { e.preventDefault(); history.redo() }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [history])

  useNodeKeys()
  const selected = nodes.find((n) => n.selected)
  const selectedEdge = !selected && edges.find((e) => e.selected)
  const nodeName = (id) => nodes.find((n) => n.id === id)?.data.nodeId
  const errorCount = validation.errors.length
  const firstRun = !touched && nodes.length === 0
  // Nothing to overview on an empty canvas; on a small one the minimap would hide the nodes it shows.
  const showMinimap = nodes.length > 0 && MINIMAP_SIZE.width * MINIMAP_SIZE.height <= 0.1 * canvasSize.width * canvasSize.height
  const runningDeploy = jobList.find((j) => isRunningDeploy(j) && j.name === meta.name && j.environment === environment)
  return (
    <div className="app">
      <header>
        <h1 className="brand">ML Pipeline Builder <span className="muted">{api.kind}</span></h1>
        <MetaForm meta={meta} setMeta={setMeta} environments={environments} environment={environment}
          setEnvironment={setEnvironment} errors={located.byMeta} />
        <div className="toolbar" role="toolbar" aria-label="Playbook actions">
          <button onClick={newPipeline} data-testid="new-pipeline">New</button>
          <LibraryLoader library={library} onLoad={loadFromLibrary} />
          <button onClick={() => fileInput.current?.click()}>Open YAML…</button>
          <input ref={fileInput} type="file" accept=".yaml,.yml" data-testid="open-file" style={{ display: 'none' }} aria-label="Open a YAML file"
            onChange={(e) => { if (e.target.files[0]) openFile(e.target.files[0]); e.target.value = '' }} />
          <button onClick={download} data-testid="download-yaml">Download YAML</button>
          <button onClick={() => setShowYaml((s) => !s)} data-testid="toggle-yaml" aria-pressed={showYaml}>{showYaml ? 'Hide' : 'Show'} YAML</button>
          <button onClick={history.undo} data-testid="undo" disabled={!history.canUndo} aria-keyshortcuts="Control+Z">Undo</button>
          <button onClick={history.redo} data-testid="redo" disabled={!history.canRedo} aria-keyshortcuts="Control+Shift+Z">Redo</button>
          <button onClick={relayout} data-testid="relayout" disabled={!nodes.length}>Re-layout</button>
          {runningDeploy ? (
            <button className="primary" data-testid="deploy-button" data-running={runningDeploy.id} onClick={() => setWatching(runningDeploy)}
              title="this pipeline's deploy goes on on the server: watch its progress">
              A {runningDeploy.kind === 'plan' ? 'plan' : 'deploy'} is running since {clock(runningDeploy.started)} — Watch</button>
          ) : (
            <button className="primary" data-testid="deploy-button" disabled={validation.state !== 'valid'}
              title={validation.state !== 'valid' ? 'fix the validation errors first' : ''}
              onClick={() => setDeploying(true)}>Deploy pipeline</button>
          )}
          {api.run && <button data-testid="run-button" disabled={validation.state !== 'valid'}
            title={validation.state !== 'valid' ? 'fix the validation errors first' : 'run the deployed pipeline with parameters'}
            ref={runButton} onClick={openRun}>Run…</button>}
          {api.jobs && <button data-testid="jobs-button" onClick={() => setShowJobs(true)}>Jobs</button>}
        </div>
      </header>
      {!watching && !runningDeploy && <RunningBanner jobs={jobList} onWatch={openJob} />}
      {!bannerClosed && <InterruptedBanner jobs={jobList} onShow={() => setShowJobs(true)} onDismiss={() => setBannerClosed(true)} />}
      <div className="body">
        <Palette library={library} onAdd={(p) => addNode(p)} />
        <main onDragOver={(e) => { e.preventDefault(); e.dataTransfer.dropEffect = 'move' }} onDrop={onDrop} data-testid="canvas"
          aria-label="Pipeline canvas">
          <div className={`validation ${validation.state}`} data-testid="validation" data-state={validation.state} role="status" aria-live="polite">
            {validation.state === 'idle' && <span>Nothing to check yet.</span>}
            {validation.state === 'valid' && <span>✓ valid playbook</span>}
            {validation.state === 'checking' && <span>checking…</span>}
            {(validation.state === 'invalid' || validation.state === 'error') && (
              <>
                <b>{errorCount} problem{errorCount === 1 ? '' : 's'}</b>
                <ProblemsList items={located.items} onSelect={selectProblem} />
              </>
            )}
            {notice && <div className="notice" data-testid="notice">{notice}</div>}
          </div>
          {/* The problems box sits above the flow, not on it: however long it grows, it covers no node. */}
          <div className="flow-area" ref={canvasRef} data-testid="flow-area">
            <ReactFlow nodes={displayNodes} edges={displayEdges} nodeTypes={nodeTypes} edgeTypes={edgeTypes} onNodesChange={onNodesChange}
              onEdgesChange={onEdgesChange} onConnect={onConnect} isValidConnection={isValidConnection} deleteKeyCode={['Backspace', 'Delete']} defaultViewport={{ x: 0, y: 0, zoom: 1 }}
              proOptions={{ hideAttribution: true }}>
              <Background gap={16} />
              <ConnectionHint nodes={nodes} edges={edges} />
              <Controls aria-label="Zoom controls" />
              {showMinimap && <MiniMap pannable zoomable ariaLabel="Overview of the pipeline" style={MINIMAP_SIZE} />}
            </ReactFlow>
            {firstRun && <FirstRun library={library} onTemplate={(p) => loadFromLibrary(p.name, p.latest)} />}
            {showYaml && <pre className="yaml-preview" data-testid="yaml-preview" tabIndex={0} aria-label="Playbook YAML">{toYaml(playbook)}</pre>}
          </div>
        </main>
        {running && <RunPanel key={`${meta.name}|${environment}`} hidden={!runShown} api={api} playbook={playbook} environment={environment}
          onProgress={setRunStatus} onStart={() => { setRunStatus({}); setLastRun(null) }} onFinished={setLastRun}
          onClose={() => { setRunShown(false); runButton.current?.focus() }}
          onTryIt={(id) => setNodes((ns) => ns.map((n) => ({ ...n, selected: n.data.nodeId === id })))} />}
        <aside aria-label="Inspector" key={`${selected?.id || selectedEdge?.id || 'pipeline'}-${revision}`}>
          {selectedEdge ? (
            <div className="inspector" data-testid="edge-inspector">
              <h2 className="panel-title">Connection</h2>
              <p><code>{nodeName(selectedEdge.source)}</code> → <code>{nodeName(selectedEdge.target)}</code></p>
              {(located.byEdge[selectedEdge.id] || []).map((m, i) => <p key={i} className="field-error">{m}</p>)}
              <button className="danger" data-testid="delete-edge"
                onClick={() => { setTouched(true); setEdges((es) => es.filter((e) => e.id !== selectedEdge.id)) }}>Delete connection</button>
            </div>
          ) : <Inspector node={selected} schema={schema} library={library} errors={selected ? located.byField[selected.id] : null}
            onChange={updateNodeData} onDelete={deleteNode} meta={meta} setMeta={setMeta} metaErrors={located.byMeta} />}
          {selected && selected.type !== 'pipelineInput' && KIND_STYLE[selected.data.kind]?.takesInputs !== false && <ConnectFrom node={selected} nodes={nodes} edges={edges} onConnect={onConnect}
            onRemove={(id) => { setTouched(true); setEdges((es) => es.filter((e) => e.id !== id)) }} />}
          {api.invoke && selected?.data.kind === 'deployment' && selected.data.subtype === 'api_endpoint' && (
            <TryIt api={api} playbook={playbook} environment={environment} nodeId={selected.data.nodeId} lastRun={lastRun} />)}
          {api.dataPreview && selected && takesUploads(selected.data) && (
            <DataUpload api={api} playbook={playbook} environment={environment} nodeId={selected.data.nodeId} />)}
        </aside>
      </div>
      {deploying && <DeployDialog api={api} playbook={playbook} environment={environment} onClose={() => { setDeploying(false); refreshJobs() }}
        onProgress={setDeployStatus}
        onRun={api.run ? () => { setDeploying(false); openRun() } : null} />}
      {watching && watching.kind === 'deploy' && <DeployDialog api={api} playbook={playbook} environment={environment} attach={watching}
        onProgress={setDeployStatus}
        onClose={closeWatch} onRun={api.run ? () => { closeWatch(); openRun() } : null} />}
      {watching && watching.kind !== 'deploy' && <JobDialog api={api} job={watching} onClose={closeWatch} />}
      {showJobs && <JobsDialog api={api} onClose={() => setShowJobs(false)} onOpen={openJob} />}
    </div>
  )
}

export default function App({ api }) {
  return <ReactFlowProvider><Editor api={api} /></ReactFlowProvider>
}
