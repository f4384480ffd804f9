/**
 * The sticky pull-request comment: one comment per report id, found again by its hidden marker
 * and updated in place on every run.
 *
 * Whose comment is ours: a comment is only ever edited when it carries the marker AND its author
 * is the token's own account. Anyone can paste the marker into a comment; with a token that may
 * edit other people's comments, matching on the marker alone would let them have it overwritten.
 * The own login is asked from the API (GraphQL `viewer`, which answers for personal tokens, the
 * workflow token and GitHub App tokens alike; REST `GET /user` fails for installation tokens).
 * When neither answers, the token is taken to be the workflow token, whose comments are written
 * by `github-actions[bot]`.
 */
import { carriesMarker } from './marker.js'
import { withRetries, type RetryPolicy } from './retry.js'

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
  /** Every comment of the pull request, all pages. */
  listComments(): Promise<IssueComment[]>
  createComment(body: string): Promise<IssueComment>
  updateComment(id: number, body: string): Promise<IssueComment>
  /** The login of the token's account, or undefined when the API would not say. */
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
  /** Comments with our marker written by another account: left as they are. */
  leftAlone: IssueComment[]
  /** The login we took as our own, when we needed it. */
  ownLogin?: string
}

/** A comment is ours when its author is the token's account; GraphQL may name a bot without "[bot]". */
export function isOwnComment(comment: IssueComment, ownLogin: string): boolean {
  const login = comment.user?.login
  if (login === undefined) return false
  return login === ownLogin || (comment.user?.type === 'Bot' && login === `${ownLogin}[bot]`)
}

export async function postStickyComment(
  api: CommentApi,
  request: StickyRequest,
  policy: RetryPolicy,
  log: (message: string) => void = () => undefined
): Promise<StickyResult> {
  if (!carriesMarker(request.body, request.marker))
    throw new Error('the comment body must start with its marker')

  let ownLogin: string | undefined
  const whoAmI = async () => {
    if (ownLogin === undefined) {
      let asked: string | undefined
      try {
        asked = await api.ownLogin()
      } catch {
        asked = undefined
      }
      ownLogin = asked ?? WORKFLOW_TOKEN_LOGIN
      log(
        asked === undefined
          ? `the API did not say which account the token is; taking it as ${ownLogin}`
          : `the token's account is ${ownLogin}`
      )
    }
    return ownLogin
  }

  /** Our comment with this marker, if any, and the marker comments of other accounts. */
  const find = async () => {
    const all = await withRetries('list comments', () => api.listComments(), policy)
    const marked = all.filter(c => carriesMarker(c.body, request.marker))
    if (marked.length === 0) return { own: undefined, leftAlone: [] }
    const login = await whoAmI()
    const own = marked.filter(c => isOwnComment(c, login))
    const leftAlone = marked.filter(c => !isOwnComment(c, login))
    for (const c of leftAlone)
      log(
        `left alone comment ${c.id}: it carries the marker but ${c.user?.login ?? 'an unknown account'} wrote it`
      )
    if (own.length > 1) log(`${own.length} comments of ours carry the marker; updating the first`)
    return { own: own[0], leftAlone }
  }

  const found = await find()
  const done = (action: StickyResult['action'], comment?: IssueComment): StickyResult => ({
    action,
    ...(comment === undefined ? {} : { url: comment.html_url }),
    leftAlone: found.leftAlone,
    ...(ownLogin === undefined ? {} : { ownLogin })
  })

  if (found.own !== undefined) {
    const id = found.own.id
    const updated = await withRetries(
      'update comment',
      () => api.updateComment(id, request.body),
      policy
    )
    return done('updated', updated)
  }
  if (!request.mayCreate) return done('none')

  // A create that failed with a 5xx may have been done anyway: before trying again, look for it,
  // so a retry never leaves two comments.
  let updatedInstead = false
  const created = await withRetries(
    'create comment',
    async attempt => {
      if (attempt > 1) {
        const again = await find()
        if (again.own !== undefined) {
          updatedInstead = true
          return api.updateComment(again.own.id, request.body)
        }
      }
      return api.createComment(request.body)
    },
    policy
  )
  if (!updatedInstead && created.user?.login !== undefined && ownLogin === undefined)
    ownLogin = created.user.login // the login the API gave the comment we just wrote
  return done(updatedInstead ? 'updated' : 'created', created)
}
