// months.js — months as numbers (year × 12 + month − 1), so ranges of them are plain arithmetic; "2024-06" both ways.

/** An ISO date or prefix ("2019", "2023-09", "2023-10-19") as a month number; a year alone is its January, or its
 *  December when {@code end} (where a relation dated so ends). Null for no date. */
export const toMonth = (d, end) => {
  if (!d) return null;
  const [y, m] = d.split('-');
  return Number(y) * 12 + (m ? Number(m) - 1 : (end ? 11 : 0));
};

/** A month number as "2024-06". */
export const label = (n) => `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
