/** Ordering by rank (the tables' "needs attention first"): stable, whatever the ranks. */
import { describe, expect, it } from '@jest/globals'
import { orderByRank, positionsByRank } from '../../src/render/markdown/section.js'

describe('positionsByRank', () => {
  it('orders positions by rank and keeps their order within a rank, as a stable sort does', () => {
    let seed = 7
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    for (const n of [0, 1, 2, 17, 1000]) {
      const ranks = Array.from({ length: n }, () => Math.floor(random() * 7))
      const sorted = ranks.map((_, i) => i).sort((a, b) => ranks[a]! - ranks[b]! || a - b)
      expect(positionsByRank(ranks)).toEqual(sorted)
      expect(positionsByRank(Uint8Array.from(ranks))).toEqual(sorted)
    }
  })

  it('orders ranks a counting sort cannot take (fractions, negatives, large ones) with a sort', () => {
    const ranks = [3, 0.5, -1, 1e6, 0.5, 2, -1]
    expect(positionsByRank(ranks)).toEqual([2, 6, 1, 4, 5, 0, 3])
  })

  it('orders items by a rank computed once per item', () => {
    const calls: string[] = []
    const rank = (s: string) => (calls.push(s), s.length)
    expect(orderByRank(['ccc', 'a', 'bb', 'd', 'ee'], rank)).toEqual(['a', 'd', 'bb', 'ee', 'ccc'])
    expect(calls).toEqual(['ccc', 'a', 'bb', 'd', 'ee'])
  })
})
