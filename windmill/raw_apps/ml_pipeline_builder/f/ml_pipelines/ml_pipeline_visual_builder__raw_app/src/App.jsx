// The visual pipeline builder. `api` is either the standalone server (api.js) or
// the Windmill raw app's runnables; everything else is the same code.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import {
  Background, Controls, MiniMap, ReactFlow, ReactFlowProvider, applyEdgeChanges, applyNodeChanges, useReactFlow,
} from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import './styles.css'
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml'
import DeployDialog from './DeployDialog.jsx'
import { innerGraph } from './expand.js'
import Inspector from './Inspector.jsx'
import { KINDS, emptyMeta, fromPlaybook, locateError, makeEdge, newStepNode, toPlaybook } from './model.js'
import { KIND_STYLE, nodeTypes } from './nodes.jsx'

const DRAG_TYPE = 'application/x-playbook-node'
const caretRange = (v) => { const [major, minor] = String(v).split('.'); return `^${major}.${minor}` }
export const toYaml = (playbook) => stringifyYaml(playbook, { lineWidth: 0 })

function Palette({ library, onAdd }) {
  const item = (key, label, payload, testid) => (
    <div key={key} className={`palette-item kind-${payload.kind}`} draggable data-testid={testid}
      onDragStart={(e) => { e.dataTransfer.setData(DRAG_TYPE, JSON.stringify(payload)); e.dataTransfer.effectAllowed = 'move' }}
      onDoubleClick={() => onAdd(payload)} title="Drag onto the canvas (or double-click to add)">
      {label}
    </div>
  )
  return (
    <div className="palette" data-testid="palette">
      {KINDS.map((k) => (
        <div key={k.kind} className="palette-group">
          <h4>{KIND_STYLE[k.kind].icon} {k.label}</h4>
          {k.subtypes.map((s) => item(`${k.kind}-${s}`, s ? s.replace('_', ' ') : k.label.toLowerCase(), { kind: k.kind, subtype: s },
            `palette-${k.kind}${s ? `-${s}` : ''}`))}
        </div>
      ))}
      <div className="palette-group">
        <h4>{KIND_STYLE.pipeline.icon} Sub-pipeline</h4>
        {library.map((p) => item(`pipe-${p.name}`, `${p.name} ${caretRange(p.latest)}`,
          { kind: 'pipeline', subtype: null, use: `${p.name}@${caretRange(p.latest)}` }, `palette-pipeline-${p.name}`))}
      </div>
    </div>
  )
}

function MetaForm({ meta, setMeta, environments, environment, setEnvironment, errors }) {
  const field = (key, label, props = {}) => (
    <div className={`meta-field${errors[key] ? ' invalid' : ''}`}>
      <label htmlFor={`meta-${key}`}>{label}</label>
      <input id={`meta-${key}`} data-testid={`meta-${key}`} value={meta[key] ?? ''} {...props}
        onChange={(e) => { const value = e.target.value; setMeta((m) => ({ ...m, [key]: value })) }} title={errors[key] || ''} />
      {errors[key] && <div className="field-error" data-testid={`meta-${key}-error`}>{errors[key]}</div>}
    </div>
  )
  return (
    <div className="meta-form" data-testid="meta-form">
      {field('name', 'Name')}
      {field('version', 'Version', { size: 8 })}
      {field('description', 'Description', { size: 30 })}
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
      <select data-testid="load-name" value={name} onChange={(e) => { setName(e.target.value); setVersion('') }}>
        <option value="">Library playbook…</option>
        {library.map((p) => <option key={p.name} value={p.name}>{p.name}</option>)}
      </select>
      <select data-testid="load-version" value={version} onChange={(e) => setVersion(e.target.value)} disabled={!entry}>
        <option value="">latest</option>
        {(entry?.versions || []).map((v) => <option key={v} value={v}>{v}</option>)}
      </select>
      <button data-testid="load-button" disabled={!entry} onClick={() => onLoad(name, version || entry.latest)}>Load</button>
    </div>
  )
}

function Editor({ api }) {
  const [schema, setSchema] = useState(null)
  const [library, setLibrary] = useState([])
  const [environments, setEnvironments] = useState([{ name: 'local', emulator: true }])
  const [environment, setEnvironment] = useState('local')
  const [meta, setMeta] = useState(emptyMeta())
  const [nodes, setNodes] = useState([])
  const [edges, setEdges] = useState([])
  const [validation, setValidation] = useState({ state: 'idle', errors: [], index: null })
  const [notice, setNotice] = useState(null)
  const [showYaml, setShowYaml] = useState(false)
  const [deploying, setDeploying] = useState(false)
  const fileInput = useRef(null)
  const flow = useReactFlow()

  useEffect(() => {
    api.schema().then(setSchema).catch((e) => setNotice(`could not load the schema: ${e.message}`))
    api.playbooks().then(setLibrary).catch((e) => setNotice(`could not list the library: ${e.message}`))
    api.environments().then((envs) => {
      if (envs?.length) {
        setEnvironments(envs)
        setEnvironment(envs.find((e) => e.emulator)?.name || envs[0].name)
      }
    }).catch(() => {})
  }, [api])

  const { playbook, index } = useMemo(() => toPlaybook(meta, nodes, edges), [meta, nodes, edges])
  const playbookKey = useMemo(() => JSON.stringify(playbook), [playbook])

  // Live validation by the same models as the CLI, debounced; answers to older edits are dropped.
  const latest = useRef(0)
  useEffect(() => {
    const ticket = ++latest.current
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
  }, [playbookKey])

  const located = useMemo(() => {
    const byNode = {}, byEdge = {}, byField = {}, byMeta = {}, general = []
    const idx = validation.index || index
    validation.errors.forEach((err) => {
      const where = locateError(err.path, idx)
      const text = err.message
      if (where.meta) byMeta[where.meta] = text
      if (where.node) {
        if (where.field) (byField[where.node] ||= {})[where.field] = text
        ;(byNode[where.node] ||= []).push(where.field ? `${where.field}: ${text}` : text)
      }
      if (where.edge) (byEdge[where.edge] ||= []).push(text)
      ;(where.edges || []).forEach((id) => (byEdge[id] ||= []).push(text))
      if (!where.node && !where.meta) general.push(`${err.path}: ${text}`)
    })
    return { byNode, byEdge, byField, byMeta, general }
  }, [validation, index])

  // Patches merge into the node's current data (not a copy from an older render).
  const updateNodeData = useCallback((id, patch) => setNodes((ns) => ns.map((n) => (n.id === id
    ? { ...n, data: { ...n.data, ...(typeof patch === 'function' ? patch(n.data) : patch) } } : n))), [])
  const deleteNode = useCallback((id) => {
    setNodes((ns) => ns.filter((n) => n.id !== id && n.parentId !== id))
    setEdges((es) => es.filter((e) => e.source !== id && e.target !== id && !e.id.startsWith(`${id}::`)))
  }, [])

  const toggleExpand = useCallback(async (id) => {
    const node = nodes.find((n) => n.id === id)
    if (!node) return
    if (node.data.expanded) {
      const { dx = 0, dy = 0, right = [], below = [] } = node.data.shift || {}
      setNodes((ns) => ns.filter((n) => n.parentId !== id).map((n) => {
        if (n.id === id) return { ...n, style: undefined, width: undefined, height: undefined, data: { ...n.data, expanded: false, shift: null } }
        if (right.includes(n.id)) return { ...n, position: { ...n.position, x: n.position.x - dx } }
        if (below.includes(n.id)) return { ...n, position: { ...n.position, y: n.position.y - dy } }
        return n
      }))
      setEdges((es) => es.filter((e) => !e.id.startsWith(`${id}::`)))
      return
    }
    try {
      const child = node.data.pipeline
        ? { metadata: { name: node.data.pipeline.name || node.data.nodeId, version: 'inline' }, spec: node.data.pipeline.spec }
        : (await api.resolve(node.data.use)).playbook
      const inner = innerGraph(node, child)
      // Make room: nodes to the right move right, nodes below in the same column move down (undone on collapse).
      const dx = Math.max(0, inner.size.width - (node.measured?.width ?? 180))
      const dy = Math.max(0, inner.size.height - (node.measured?.height ?? 70))
      const top = nodes.filter((n) => !n.parentId && n.id !== id)
      const right = top.filter((n) => n.position.x > node.position.x + 20).map((n) => n.id)
      const below = top.filter((n) => Math.abs(n.position.x - node.position.x) <= 20 && n.position.y > node.position.y).map((n) => n.id)
      setNodes((ns) => {
        const rest = ns.filter((n) => n.parentId !== id).map((n) => {
          if (n.id === id) return {
            ...n, style: { width: inner.size.width, height: inner.size.height },
            data: { ...n.data, expanded: true, expandError: null, childName: inner.name, shift: { dx, dy, right, below } },
          }
          if (right.includes(n.id)) return { ...n, position: { ...n.position, x: n.position.x + dx } }
          if (below.includes(n.id)) return { ...n, position: { ...n.position, y: n.position.y + dy } }
          return n
        })
        const at = rest.findIndex((n) => n.id === id)
        return [...rest.slice(0, at + 1), ...inner.nodes, ...rest.slice(at + 1)] // children after their parent
      })
      setEdges((es) => [...es.filter((e) => !e.id.startsWith(`${id}::`)), ...inner.edges])
    } catch (e) {
      updateNodeData(id, { expandError: `cannot open ${node.data.use}: ${e.message}` })
    }
  }, [nodes, api])

  const displayNodes = useMemo(() => nodes.map((n) => (n.data.inner ? n : {
    ...n, data: { ...n.data, errors: located.byNode[n.id] || [], onToggle: () => toggleExpand(n.id) },
  })), [nodes, located, toggleExpand])
  const displayEdges = useMemo(() => edges.map((e) => {
    const errors = located.byEdge[e.id]
    const label = [e.data?.input, e.data?.output].filter(Boolean).join(' ← ')
    if (!errors) return { ...e, label: label || undefined, className: e.className || '' }
    const short = errors[0].length > 48 ? `${errors[0].slice(0, 46)}…` : errors[0]
    return { ...e, className: 'edge-error', label: `⚠ ${short}`, animated: true, style: { stroke: '#d33', strokeWidth: 2.5 },
      labelStyle: { fill: '#b00' } }
  }), [edges, located])

  const onNodesChange = useCallback((changes) => {
    setNodes((ns) => {
      const removed = new Set(changes.filter((c) => c.type === 'remove').map((c) => c.id))
      const next = applyNodeChanges(changes, ns)
      return removed.size ? next.filter((n) => !removed.has(n.parentId)) : next
    })
    const removed = changes.filter((c) => c.type === 'remove').map((c) => c.id)
    if (removed.length) setEdges((es) => es.filter((e) => !removed.includes(e.source) && !removed.includes(e.target)))
  }, [])
  const onEdgesChange = useCallback((changes) => setEdges((es) => applyEdgeChanges(changes, es)), [])
  const onConnect = useCallback((c) => {
    if (c.source === c.target) return
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
  }, [nodes, library])

  const addNode = useCallback((payload, position) => {
    setNodes((ns) => {
      const at = position || { x: 60 + (ns.length % 4) * 240, y: 60 + Math.floor(ns.length / 4) * 140 }
      const extra = payload.kind === 'pipeline' ? { use: payload.use, with: {}, pipeline: null } : {}
      const node = newStepNode(payload.kind, payload.subtype, at, ns, extra)
      return [...ns.map((n) => ({ ...n, selected: false })), { ...node, selected: true }]
    })
  }, [])

  const onDrop = useCallback((e) => {
    e.preventDefault()
    const raw = e.dataTransfer.getData(DRAG_TYPE)
    if (!raw) return
    addNode(JSON.parse(raw), flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }))
  }, [flow, addNode])

  function loadDocument(doc, label) {
    const graph = fromPlaybook(doc)
    setMeta(graph.meta)
    setNodes(graph.nodes)
    setEdges(graph.edges)
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
    setMeta(emptyMeta()); setNodes([]); setEdges([]); setNotice('new pipeline')
  }

  const selected = nodes.find((n) => n.selected && !n.data.inner)
  const selectedEdge = !selected && edges.find((e) => e.selected && !e.data?.inner)
  const nodeName = (id) => nodes.find((n) => n.id === id)?.data.nodeId
  const errorCount = validation.errors.length
  return (
    <div className="app">
      <header>
        <div className="brand">ML Pipeline Builder <span className="muted">{api.kind}</span></div>
        <MetaForm meta={meta} setMeta={setMeta} environments={environments} environment={environment}
          setEnvironment={setEnvironment} errors={located.byMeta} />
        <div className="toolbar">
          <button onClick={newPipeline} data-testid="new-pipeline">New</button>
          <LibraryLoader library={library} onLoad={loadFromLibrary} />
          <button onClick={() => fileInput.current?.click()}>Open YAML…</button>
          <input ref={fileInput} type="file" accept=".yaml,.yml" data-testid="open-file" style={{ display: 'none' }}
            onChange={(e) => { if (e.target.files[0]) openFile(e.target.files[0]); e.target.value = '' }} />
          <button onClick={download} data-testid="download-yaml">Download YAML</button>
          <button onClick={() => setShowYaml((s) => !s)} data-testid="toggle-yaml">{showYaml ? 'Hide' : 'Show'} YAML</button>
          <button className="primary" data-testid="deploy-button" disabled={validation.state !== 'valid'}
            title={validation.state !== 'valid' ? 'fix the validation errors first' : ''}
            onClick={() => setDeploying(true)}>Deploy pipeline</button>
        </div>
      </header>
      <div className="body">
        <Palette library={library} onAdd={(p) => addNode(p)} />
        <main onDragOver={(e) => { e.preventDefault(); e.dataTransfer.dropEffect = 'move' }} onDrop={onDrop} data-testid="canvas">
          <ReactFlow nodes={displayNodes} edges={displayEdges} nodeTypes={nodeTypes} onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange} onConnect={onConnect} deleteKeyCode={['Backspace', 'Delete']} defaultViewport={{ x: 0, y: 0, zoom: 1 }}
            proOptions={{ hideAttribution: true }}>
            <Background gap={16} />
            <Controls />
            <MiniMap pannable zoomable />
          </ReactFlow>
          <div className={`validation ${validation.state}`} data-testid="validation" data-state={validation.state}>
            {validation.state === 'valid' && <span>✓ valid playbook</span>}
            {validation.state === 'checking' && <span>checking…</span>}
            {(validation.state === 'invalid' || validation.state === 'error') && (
              <>
                <b>{errorCount} error{errorCount === 1 ? '' : 's'}</b>
                <ul data-testid="validation-errors">
                  {validation.errors.map((e, i) => <li key={i}><code>{e.path}</code> {e.message}</li>)}
                </ul>
              </>
            )}
            {notice && <div className="notice" data-testid="notice">{notice}</div>}
          </div>
          {showYaml && <pre className="yaml-preview" data-testid="yaml-preview">{toYaml(playbook)}</pre>}
        </main>
        <aside>
          {selectedEdge ? (
            <div className="inspector" data-testid="edge-inspector">
              <h3>Connection</h3>
              <p><code>{nodeName(selectedEdge.source)}</code> → <code>{nodeName(selectedEdge.target)}</code></p>
              {(located.byEdge[selectedEdge.id] || []).map((m, i) => <p key={i} className="field-error">{m}</p>)}
              <button className="danger" data-testid="delete-edge"
                onClick={() => setEdges((es) => es.filter((e) => e.id !== selectedEdge.id))}>Delete connection</button>
            </div>
          ) : <Inspector node={selected} schema={schema} library={library} errors={selected ? located.byField[selected.id] : null}
            onChange={updateNodeData} onDelete={deleteNode} />}
        </aside>
      </div>
      {deploying && <DeployDialog api={api} playbook={playbook} environment={environment} onClose={() => setDeploying(false)} />}
    </div>
  )
}

export default function App({ api }) {
  return <ReactFlowProvider><Editor api={api} /></ReactFlowProvider>
}
