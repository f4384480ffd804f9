/**
 * The sticky pull-request comment: one comment per report id, found again by its hidden marker
 * and updated in place on every run.
 *
 * Whose comment is ours: a comment is only ever edited or deleted when it carries the marker AND
 * its author is the token's own account. Anyone can paste the marker into a comment; with a token
 * that may edit other people's comments, matching on the marker alone would let them have it
 * overwritten. The own login is asked from the API (GraphQL `viewer`, which answers for personal
 * tokens, the workflow token and GitHub App tokens alike; REST `GET /user` fails for installation
 * tokens). When neither will say, the token is taken to be the workflow token, whose comments are
 * written by `github-actions[bot]`. When the API fails to answer that question, nothing is
 * guessed: the call is retried, and in the end the comment is not posted.
 *
 * Never two comments of ours for one report id:
 * - A create that failed (a 5xx, a reset, no answer, an answer that is not JSON) may have been
 *   done anyway: before creating again, the comments are listed, and a comment of ours found there
 *   is updated instead.
 * - Two runs at the same moment (a re-run while the first is still going, two workflows with one
 *   report id) can both list, find nothing and both create. So after creating, the comments are
 *   listed again: of our comments with the marker the oldest (lowest id) is kept, and holds our
 *   body; the newer ones are deleted. Each run that created a comment does this after its create,
 *   so whichever run created last sees both and removes the newer one. If that second listing
 *   fails, the duplicate stays until the next run, which removes it the same way (every listing
 *   that finds more than one comment of ours keeps the oldest).
 */
import { describeApiError } from './errors.js'
import { carriesMarker } from './marker.js'
import {
  ApiCallError,
  defaultSleep,
  retryDelay,
  stopReason,
  withRetries,
  type RetryPolicy
} from './retry.js'

export const WORKFLOW_TOKEN_LOGIN = 'github-actions[bot]'

export interface CommentAuthor {
  login: string
  type?: string
}

export interface IssueComment {
  id: number
  body?: string | null
  user?: CommentAuthor | null
  html_url: string
}

/** The few calls the sticky comment needs, on one pull request. */
export interface CommentApi {
  /** Every comment of the pull request, all pages, oldest first. */
  listComments(): Promise<IssueComment[]>
  createComment(body: string): Promise<IssueComment>
  updateComment(id: number, body: string): Promise<IssueComment>
  /**
   * Deletes the comment: 'deleted' when the API said so, 'not-found' when it answered 404 (gone
   * already, removed by another run; or a transient 404 that the caller checks by listing again).
   */
  deleteComment(id: number): Promise<'deleted' | 'not-found'>
  /**
   * The login of the token's account, or undefined when the API will not say (it refused);
   * throws when it could not answer (a 5xx, no answer), so the caller retries.
   */
  ownLogin(): Promise<string | undefined>
}

export interface StickyRequest {
  marker: string
  /** The whole body; it must start with the marker line. */
  body: string
  /** Create a comment when there is none of ours yet (false: only update one). */
  mayCreate: boolean
}

export interface StickyResult {
  action: 'created' | 'updated' | 'none'
  url?: string
  /** The id of the comment created or updated. */
  id?: number
  /** Comments with our marker written by another account: left as they are. */
  leftAlone: IssueComment[]
  /** The login we took as our own, when we needed it. */
  ownLogin?: string
  /** Duplicates of our comment that were deleted (from a concurrent or an earlier run). */
  removed: number[]
  /** The comment is posted, but something after it failed (the check for duplicates). */
  warning?: string
}

/** A comment is ours when its author is the token's account; GraphQL may name a bot without "[bot]". */
export function isOwnComment(comment: IssueComment, ownLogin: string): boolean {
  const login = comment.user?.login
  if (login === undefined) return false
  return login === ownLogin || (comment.user?.type === 'Bot' && login === `${ownLogin}[bot]`)
}

interface Found {
  /** Our comments with the marker, oldest first. */
  own: IssueComment[]
  leftAlone: IssueComment[]
}

export async function postStickyComment(
  api: CommentApi,
  request: StickyRequest,
  policy: RetryPolicy,
  log: (message: string) => void = () => undefined
): Promise<StickyResult> {
  if (!carriesMarker(request.body, request.marker))
    throw new Error('the comment body must start with its marker')
  const sticky = new StickyPost(api, request, policy, log)

  const found = await sticky.find()
  if (found.own.length > 0)
    return sticky.done('updated', await sticky.settle(found.own, request.body))
  if (!request.mayCreate) return sticky.done('none')

  const posted = await createOnce(api, request.body, policy, async () => {
    const again = await sticky.find()
    return again.own.length > 0 ? sticky.settle(again.own, request.body) : undefined
  })
  if (posted.action === 'updated') return sticky.done('updated', posted.comment)
  const created = posted.comment
  // The author of the comment we just wrote is the token's account, whatever the API says elsewhere.
  if (sticky.ownLogin === undefined && created.user?.login !== undefined)
    sticky.ownLogin = created.user.login

  // Another run may have created one too, between our listing and our create.
  const kept = await sticky.keepOldest(created)
  return sticky.done(kept.id === created.id ? 'created' : 'updated', kept)
}

/** One posting of the sticky comment: who we are, what we left alone, removed and warn about. */
class StickyPost {
  ownLogin: string | undefined
  private readonly leftAlone = new Map<number, IssueComment>()
  private readonly removed: number[] = []
  private readonly warnings: string[] = []

  constructor(
    private readonly api: CommentApi,
    private readonly request: StickyRequest,
    private readonly policy: RetryPolicy,
    private readonly log: (message: string) => void
  ) {}

  /** The token's account, asked once. */
  private async whoAmI(): Promise<string> {
    if (this.ownLogin === undefined) {
      const asked = await withRetries(
        'ask which account the token is',
        () => this.api.ownLogin(),
        this.policy
      )
      this.ownLogin = asked ?? WORKFLOW_TOKEN_LOGIN
      this.log(
        asked === undefined
          ? `the API did not say which account the token is; taking it as ${this.ownLogin}`
          : `the token's account is ${this.ownLogin}`
      )
    }
    return this.ownLogin
  }

  /** The comments with our marker: ours, oldest first, and the others (logged once each). */
  async find(): Promise<Found> {
    const all = await withRetries('list comments', () => this.api.listComments(), this.policy)
    const marked = all.filter(c => carriesMarker(c.body, this.request.marker))
    if (marked.length === 0) return { own: [], leftAlone: [] }
    const login = await this.whoAmI()
    const own = marked.filter(c => isOwnComment(c, login)).sort((a, b) => a.id - b.id)
    const others = marked.filter(c => !isOwnComment(c, login))
    for (const c of others)
      if (!this.leftAlone.has(c.id)) {
        this.leftAlone.set(c.id, c)
        this.log(
          `left alone comment ${c.id}: it carries the marker but ${c.user?.login ?? 'an unknown account'} wrote it`
        )
      }
    return { own, leftAlone: others }
  }

  done(action: StickyResult['action'], comment?: IssueComment): StickyResult {
    return {
      action,
      ...(comment === undefined ? {} : { url: comment.html_url, id: comment.id }),
      leftAlone: [...this.leftAlone.values()],
      ...(this.ownLogin === undefined ? {} : { ownLogin: this.ownLogin }),
      removed: this.removed,
      ...(this.warnings.length === 0 ? {} : { warning: this.warnings.join('; ') })
    }
  }

  /** Our body in the oldest of our comments, the newer ones deleted. */
  async settle(own: IssueComment[], body: string): Promise<IssueComment> {
    const [keep, ...extra] = own as [IssueComment, ...IssueComment[]]
    if (extra.length > 0)
      this.log(
        `${own.length} comments of ours carry the marker; keeping the oldest (${keep.id}), deleting ${extra.map(c => c.id).join(', ')}`
      )
    const kept =
      keep.body === body
        ? keep
        : await withRetries(
            'update comment',
            () => this.api.updateComment(keep.id, body),
            this.policy
          )
    const notFound: number[] = []
    for (const c of extra) {
      try {
        const answer = await withRetries(
          'delete duplicate comment',
          () => this.api.deleteComment(c.id),
          this.policy
        )
        if (answer === 'deleted') this.removed.push(c.id)
        else notFound.push(c.id)
      } catch (error) {
        this.warnings.push(
          `could not delete duplicate comment ${c.id} (${describeApiError(error)}); the next run removes it`
        )
      }
    }
    if (notFound.length > 0) await this.confirmGone(notFound)
    return kept
  }

  /**
   * A 404 usually means another run removed it first, but GitHub can answer 404 for a comment
   * that is still there: only the listing tells, so a duplicate is never claimed gone unseen.
   */
  private async confirmGone(notFound: number[]): Promise<void> {
    try {
      const listed = new Set((await this.find()).own.map(c => c.id))
      for (const id of notFound)
        if (listed.has(id))
          this.warnings.push(
            `could not delete duplicate comment ${id} (the API answered 404 Not Found, yet it is still listed); the next run removes it`
          )
        else this.removed.push(id)
    } catch (error) {
      this.warnings.push(
        `could not delete duplicate comment ${notFound.join(', ')} for sure (the API answered 404 Not Found and the check failed: ${describeApiError(error)}); the next run removes it`
      )
    }
  }

  /** After our create: of our comments now listed, the oldest holds the body; it is returned. */
  async keepOldest(created: IssueComment): Promise<IssueComment> {
    try {
      await (this.policy.sleep ?? defaultSleep)(this.policy.settleMs ?? 0)
      const again = await this.find()
      const own = [created, ...again.own.filter(c => c.id !== created.id)].sort(
        (a, b) => a.id - b.id
      )
      if (own.length > 1) return await this.settle(own, this.request.body)
    } catch (error) {
      this.warnings.push(
        `the comment is posted, but the check for a duplicate from a run at the same moment failed (${describeApiError(error)}); the next run removes any`
      )
    }
    return created
  }
}

/**
 * Creates the comment, retrying like withRetries, except that before each new attempt it looks
 * whether the failed one happened after all (lookFirst), and then takes that comment instead.
 * When it gives up while a create may have been done (its answer was a 5xx, or never came, and no
 * listing has shown since whether it was), the error says so: mayHavePosted.
 */
async function createOnce(
  api: CommentApi,
  body: string,
  policy: RetryPolicy,
  lookFirst: () => Promise<IssueComment | undefined>
): Promise<{ action: 'created' | 'updated'; comment: IssueComment }> {
  const what = 'create comment'
  const now = policy.now ?? Date.now
  const started = now()
  let unsure = false
  const giveUp = (error: unknown): never => {
    if (error instanceof ApiCallError) error.mayHavePosted = unsure
    throw error
  }
  for (let attempt = 1; ; attempt += 1) {
    if (attempt > 1) {
      const existing = await lookFirst().catch(giveUp)
      if (existing !== undefined) return { action: 'updated', comment: existing }
      unsure = false // the listing shows it was not done
    }
    try {
      return { action: 'created', comment: await api.createComment(body) }
    } catch (error) {
      const status = (error as { status?: unknown } | null)?.status
      unsure = typeof status === 'number' && status >= 500
      const wait = retryDelay(error, attempt, policy)
      const stopped = stopReason(wait, attempt, now(), policy)
      if (wait === undefined || stopped !== undefined)
        giveUp(new ApiCallError(what, attempt, now() - started, error, stopped))
      policy.onRetry?.(what, error, wait as number, attempt)
      await (policy.sleep ?? defaultSleep)(wait as number)
    }
  }
}
