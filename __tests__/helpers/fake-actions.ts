/**
 * The Actions side of the fake GitHub API, for baseline auto: a linear history of the base
 * branch and a pull request head that branched from one of its commits (the compare endpoint
 * computes merge base, status, ahead_by and behind_by from them), workflow runs listed newest
 * first with GitHub's filters (branch, event, status, head_sha, per_page), a run's artifacts by
 * name, and an artifact's zip: 302 to a storage URL on the same server, 410 once expired.
 */
import type { Answer, RecordedRequest } from './github-server.js'

export interface FakeRun {
  id: number
  workflowId: number
  /** The workflow file, as GITHUB_WORKFLOW_REF names it. */
  path: string
  headSha: string
  headBranch: string
  /** owner/name the commit came from. */
  headRepository: string
  event: string
  conclusion: 'success' | 'failure'
  createdAt: string
}

export interface FakeArtifact {
  id: number
  runId: number
  name: string
  zip: Uint8Array
  expired: boolean
  /** What the listing says, when it should not be the zip's real size. */
  sizeInBytes?: number
}

const NOT_FOUND: Answer = { status: 404, body: { message: 'Not Found' } }

export class FakeActions {
  /** The base branch's commits, oldest first. */
  history: string[] = []
  /** The pull request's head and the commit of history it branched from. */
  head: { sha: string; parent: string } | undefined
  readonly runs: FakeRun[] = []
  readonly artifacts: FakeArtifact[] = []
  private nextId = 5000

  reset(): void {
    this.history = []
    this.head = undefined
    this.runs.length = 0
    this.artifacts.length = 0
  }

  /** The commit's time: one hour per commit after 2026-11-01. */
  commitTime(sha: string): string {
    const i = this.history.indexOf(sha)
    return new Date(Date.UTC(2026, 10, 1) + Math.max(0, i) * 3_600_000).toISOString()
  }

  addRun(run: Partial<FakeRun> & { headSha: string }): FakeRun {
    const full: FakeRun = {
      id: this.nextId++,
      workflowId: 77,
      path: 'ci.yml',
      headBranch: 'main',
      headRepository: 'octo/guarded',
      event: 'push',
      conclusion: 'success',
      createdAt: this.commitTime(run.headSha).replace(/:00\.000Z$/, ':30Z'),
      ...run
    }
    this.runs.push(full)
    return full
  }

  addArtifact(artifact: Partial<FakeArtifact> & { runId: number; zip: Uint8Array }): FakeArtifact {
    const full: FakeArtifact = {
      id: this.nextId++,
      name: 'callback-thread-guard-report',
      expired: false,
      ...artifact
    }
    this.artifacts.push(full)
    return full
  }

  route(r: RecordedRequest, origin: string): Answer | undefined {
    if (r.method !== 'GET') return undefined
    let m: RegExpMatchArray | null
    if ((m = r.path.match(/^\/storage\/artifacts\/(\d+)\.zip$/))) {
      const artifact = this.artifacts.find(a => a.id === Number(m?.[1]))
      return artifact === undefined ? NOT_FOUND : { status: 200, raw: artifact.zip }
    }
    const repo = r.path.match(/^\/repos\/([^/]+\/[^/]+)(\/.*)$/)
    if (repo === null) return undefined
    const [, full, rest] = repo as unknown as [string, string, string]
    if ((m = rest.match(/^\/actions\/runs\/(\d+)$/))) {
      const run = this.runs.find(x => x.id === Number(m?.[1]))
      return run === undefined ? NOT_FOUND : { status: 200, body: this.render(full, run) }
    }
    if ((m = rest.match(/^\/compare\/([^/.]+)\.\.\.([^/.]+)$/)))
      return this.compare(m[1] as string, m[2] as string)
    if ((m = rest.match(/^\/actions\/workflows\/([^/]+)\/runs$/))) {
      const wf = decodeURIComponent(m[1] as string)
      const q = r.query
      const runs = this.runs
        .filter(x => String(x.workflowId) === wf || x.path === wf)
        .filter(x => !q.has('branch') || x.headBranch === q.get('branch'))
        .filter(x => !q.has('event') || x.event === q.get('event'))
        .filter(x => !q.has('status') || x.conclusion === q.get('status'))
        .filter(x => !q.has('head_sha') || x.headSha === q.get('head_sha'))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id)
      const perPage = Math.min(Number(q.get('per_page') ?? '30') || 30, 100)
      return {
        status: 200,
        body: {
          total_count: runs.length,
          workflow_runs: runs.slice(0, perPage).map(x => this.render(full, x))
        }
      }
    }
    if ((m = rest.match(/^\/actions\/runs\/(\d+)\/artifacts$/))) {
      const name = r.query.get('name')
      const list = this.artifacts.filter(
        a => a.runId === Number(m?.[1]) && (name === null || a.name === name)
      )
      return {
        status: 200,
        body: {
          total_count: list.length,
          artifacts: list.map(a => ({
            id: a.id,
            node_id: `MDg6QXJ0aWZhY3Q${a.id}`,
            name: a.name,
            size_in_bytes: a.sizeInBytes ?? a.zip.length,
            url: `${origin}/repos/${full}/actions/artifacts/${a.id}`,
            archive_download_url: `${origin}/repos/${full}/actions/artifacts/${a.id}/zip`,
            expired: a.expired,
            created_at: '2026-11-20T10:00:00Z',
            expires_at: '2027-02-18T10:00:00Z'
          }))
        }
      }
    }
    if ((m = rest.match(/^\/actions\/artifacts\/(\d+)\/zip$/))) {
      const artifact = this.artifacts.find(a => a.id === Number(m?.[1]))
      if (artifact === undefined) return NOT_FOUND
      if (artifact.expired) return { status: 410, body: { message: 'Artifact has expired' } }
      return {
        status: 302,
        body: {},
        headers: { location: `${origin}/storage/artifacts/${artifact.id}.zip?sig=signed` }
      }
    }
    return undefined
  }

  /** GitHub's three-dot compare on one linear history and one head branched off it. */
  private compare(baseRef: string, headRef: string): Answer {
    const index = (ref: string) =>
      ref === 'main' ? this.history.length - 1 : this.history.indexOf(ref)
    const b = index(baseRef)
    if (b < 0) return NOT_FOUND
    let h = index(headRef)
    let extra = 0
    if (h < 0) {
      if (this.head === undefined || this.head.sha !== headRef) return NOT_FOUND
      h = this.history.indexOf(this.head.parent)
      extra = 1 // the head's own commit
    }
    const mb = Math.min(b, h)
    const ahead = h - mb + extra
    const behind = b - mb
    const sha = this.history[mb] as string
    return {
      status: 200,
      body: {
        status:
          ahead === 0 && behind === 0
            ? 'identical'
            : behind === 0
              ? 'ahead'
              : ahead === 0
                ? 'behind'
                : 'diverged',
        ahead_by: ahead,
        behind_by: behind,
        total_commits: ahead,
        merge_base_commit: {
          sha,
          commit: { committer: { name: 'octo', date: this.commitTime(sha) } }
        },
        base_commit: { sha: this.history[b] },
        commits: [],
        files: []
      }
    }
  }

  private render(full: string, run: FakeRun) {
    return {
      id: run.id,
      name: 'CI',
      workflow_id: run.workflowId,
      path: `.github/workflows/${run.path}`,
      head_branch: run.headBranch,
      head_sha: run.headSha,
      event: run.event,
      status: 'completed',
      conclusion: run.conclusion,
      created_at: run.createdAt,
      html_url: `https://github.com/${full}/actions/runs/${run.id}`,
      head_commit: { id: run.headSha, timestamp: this.commitTime(run.headSha) },
      repository: { full_name: full },
      head_repository: { full_name: run.headRepository }
    }
  }
}
