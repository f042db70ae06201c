// The builder's operations (see src/api.js for the HTTP version) backed by Windmill runnables.
// A deploy here is two Windmill jobs behind one job id for the dialog: the plan script
// (generate_terraform), then, once the user confirms, the deployment flow.
import { backend, backendAsync, getJob } from './wmill'

type View = { id: string; kind: string; state: string; lines: string[]; next: number; pending?: any; result: any; error: string | null }
type Deploy = { config: any; environment: string; planJob: string; flowJob?: string; plan?: any; cancelled?: boolean }

const deploys: Record<string, Deploy> = {}
// Review jobs (builder_review: pipeline_ops.review, a synth without Terraform) by the dialog's job id.
const reviews: Record<string, string> = {}

async function windmillJob(jobId: string, since: number) {
  const job: any = await getJob(jobId)
  const lines = String(job?.logs ?? '').split('\n').filter((l, i, all) => l !== '' || i < all.length - 1)
  const done = job?.type === 'CompletedJob' || job?.completed === true
  const ok = done && job?.success !== false
  return {
    lines: lines.slice(since), next: lines.length, done, ok, result: job?.result,
    error: done && !ok ? String(job?.result?.error?.message ?? job?.result?.message ?? 'the job failed') : null,
  }
}

async function view(id: string, since: number): Promise<View> {
  const d = deploys[id]
  if (!d) throw new Error(`no such job ${id}`)
  if (d.cancelled) return { id, kind: 'deploy', state: 'succeeded', lines: [], next: since, result: { applied: false }, error: null }
  if (!d.flowJob) {
    const j = await windmillJob(d.planJob, since)
    if (j.done && j.ok) d.plan = j.result?.plan ?? j.result // generate_terraform returns {plan: <pipeline_ops.plan>}
    const state = !j.done ? 'running' : j.ok ? 'awaiting_confirmation' : 'failed'
    return { id, kind: 'deploy', state, lines: j.lines, next: j.next, pending: d.plan, result: null, error: j.error }
  }
  const j = await windmillJob(d.flowJob, since)
  // The flow ends with notify_completion ({message, status, delivered}); Terraform outputs are in
  // the deploy_infrastructure step's result and the job log.
  const result = j.done && j.ok ? { applied: j.result?.status !== 'failure', message: j.result?.message, outputs: {} } : null
  return { id, kind: 'deploy', state: !j.done ? 'running' : j.ok ? 'succeeded' : 'failed', lines: j.lines, next: j.next, result, error: j.error }
}

// Run jobs (builder_run_pipeline: pipeline_ops.run_ops.start_and_follow) by the dialog's job id.
const runs: Record<string, string> = {}

// The run's state events from the job's log lines (run_ops.event_line writes them) while it runs.
function eventsOf(lines: string[]) {
  const events: any[] = []
  for (const line of lines) {
    let m = /^-> (.+)$/.exec(line)
    if (m) { events.push({ event: 'entered', state: m[1] }); continue }
    m = /^<- (.+)$/.exec(line)
    if (m) { events.push({ event: 'exited', state: m[1] }); continue }
    m = /^!  (.+?): (\S+) \(fails the run/.exec(line)
    if (m) events.push({ event: 'TaskFailed', state: m[1], error: m[2] })
  }
  return events
}

async function runView(id: string, since: number) {
  const j = await windmillJob(runs[id], 0)
  const all = j.lines
  const state = !j.done ? 'running' : j.ok ? 'succeeded' : 'failed'
  const result = j.done && j.ok ? j.result : null
  return { id, kind: 'run', state, lines: all.slice(since), next: all.length, result, error: j.error,
    events: result?.events ?? eventsOf(all) }
}

async function reviewView(id: string, since: number): Promise<View> {
  const j = await windmillJob(reviews[id], since)
  const state = !j.done ? 'running' : j.ok ? 'succeeded' : 'failed'
  return { id, kind: 'review', state, lines: j.lines, next: j.next, result: j.done && j.ok ? j.result : null, error: j.error }
}

export function windmillApi() {
  return {
    kind: 'windmill',
    schema: () => backend.get_schema({}),
    playbooks: () => backend.list_playbooks({}),
    playbook: (name: string, version: string) => backend.get_playbook({ name, version }),
    resolve: (use: string) => backend.resolve_playbook({ use }),
    environments: () => backend.list_environments({}).then((d: any) => d.environments),
    validate: (playbook: any) => backend.validate({ config: playbook }),
    review: async (playbook: any, environment: string) => {
      const jobId = (await backendAsync.review({ config: playbook, environment })) as string
      const id = `review-${jobId}`
      reviews[id] = jobId
      return reviewView(id, 0)
    },
    deploy: async (playbook: any, environment: string) => {
      const planJob = (await backendAsync.plan({ config: playbook, environment, plan: true })) as string
      const id = `deploy-${planJob}`
      deploys[id] = { config: playbook, environment, planJob }
      return view(id, 0)
    },
    confirm: async (id: string, approve: boolean) => {
      const d = deploys[id]
      if (!d || d.flowJob || d.cancelled) throw new Error(`job ${id} is not waiting for a confirmation`)
      if (!approve) { d.cancelled = true; return view(id, 0) }
      // The deployment flow: validate -> plan -> approval -> deploy infrastructure -> deploy pipeline
      // -> notify. Confirming here is the deployer's own check, not the approval: the flow still
      // suspends until someone approves the plan. No `aws` is passed: this app's policy lets no field
      // carry the viewer's resources (Windmill would replace a `$res:` value by a notice), so each
      // step reads the environment's resource f/ml_pipelines/aws_<environment> itself.
      d.flowJob = (await backendAsync.deploy({ config: d.config, environment: d.environment, require_approval: true,
        start_pipeline: false })) as string
      return view(id, 0)
    },
    // The builder's Run: the values are checked with validate_pipeline first (nothing starts on a bad
    // value, as in `playbook ui`), then one builder_run_pipeline job starts and follows the run.
    run: async (playbook: any, environment: string, parameters: any) => {
      const checked: any = await backend.validate({ config: playbook, parameters })
      if (!checked?.valid) {
        const error: any = new Error('the run was refused: nothing was started')
        error.details = { errors: checked?.errors ?? [] }
        throw error
      }
      const jobId = (await backendAsync.run({ config: playbook, environment, parameters })) as string
      const id = `run-${jobId}`
      runs[id] = jobId
      return runView(id, 0)
    },
    job: (id: string, since: number) => (id in reviews ? reviewView(id, since) : id in runs ? runView(id, since) : view(id, since)),
    status: (name?: string) => backend.deployment_status({ name: name ?? null }),
  }
}
