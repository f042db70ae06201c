// The builder's operations (see src/api.js for the HTTP version) backed by Windmill runnables.
// Plan and deploy start Windmill jobs; the dialog polls them like the standalone server's jobs.
import { backend, backendAsync, getJob } from './wmill'

type Job = { id: string; kind: string; state: string; lines: string[]; next: number; result: any; error: string | null }

async function jobView(id: string, kind: string, since: number, unwrap: (r: any) => any): Promise<Job> {
  const job: any = await getJob(id)
  const lines = String(job?.logs ?? '').split('\n')
  const done = job?.type === 'CompletedJob' || job?.completed === true
  const ok = done && job?.success !== false
  return {
    id, kind, lines: lines.slice(since), next: lines.length,
    state: !done ? 'running' : ok ? 'succeeded' : 'failed',
    result: ok ? unwrap(job.result) : null,
    error: done && !ok ? String(job?.result?.error?.message ?? job?.result?.message ?? 'the job failed') : null,
  }
}

const kinds: Record<string, { kind: string; unwrap: (r: any) => any }> = {}

export function windmillApi() {
  return {
    kind: 'windmill',
    schema: () => backend.get_schema({}),
    playbooks: () => backend.list_playbooks({}),
    playbook: (name: string, version: string) => backend.get_playbook({ name, version }),
    resolve: (use: string) => backend.resolve_playbook({ use }),
    environments: () => backend.list_environments({}).then((d: any) => d.environments),
    validate: (playbook: any) => backend.validate({ config: playbook }),
    // generate_terraform returns {plan: <pipeline_ops.plan result>}; the dialog wants the plan itself.
    plan: async (playbook: any, environment: string) => {
      const id = (await backendAsync.plan({ config: playbook, environment, plan: true })) as string
      kinds[id] = { kind: 'plan', unwrap: (r) => r?.plan ?? r }
      return jobView(id, 'plan', 0, kinds[id].unwrap)
    },
    // The deployment flow: validate -> plan -> deploy infrastructure -> (deploy pipeline) -> notify.
    deploy: async (playbook: any, environment: string) => {
      const id = (await backendAsync.deploy({ config: playbook, environment, require_approval: false,
        start_pipeline: false })) as string
      // The flow ends with notify_completion ({message, status, delivered}); Terraform outputs are in the
      // deploy_infrastructure step's result and in the job log.
      kinds[id] = { kind: 'deploy', unwrap: (r) => ({ applied: r?.status !== 'failure', message: r?.message, outputs: {} }) }
      return jobView(id, 'deploy', 0, kinds[id].unwrap)
    },
    job: (id: string, since: number) => jobView(id, kinds[id]?.kind ?? 'job', since, kinds[id]?.unwrap ?? ((r) => r)),
    status: (name?: string) => backend.deployment_status({ name: name ?? null }),
  }
}
