import {
  buildPlanImport,
  formatAmount,
  parsePlanCsv,
  planCsvReferences,
  planExportCsv,
  PlanImportLookups,
} from "../plan-csv"

const HEADER = "dealer_code,period,target_amount,target_order_count,target_type,target_ref,metric,target_value,currency_code,note"

const csv = (...lines: string[]) => [HEADER, ...lines].join("\n")

const lookups = (overrides: Partial<PlanImportLookups> = {}): PlanImportLookups => ({
  dealers: new Map([
    ["HUBER", { id: "dlr_huber", currency_code: "eur" }],
    ["NOWAK", { id: "dlr_nowak", currency_code: "pln" }],
  ]),
  products: new Map([["drill-x18", { id: "prod_drill", title: "Cordless drill X18" }]]),
  categories: new Map([["power-tools", { id: "pcat_power", name: "Power tools" }]]),
  existingPlans: new Map(),
  ...overrides,
})

const importOf = (text: string, l = lookups()) => buildPlanImport(parsePlanCsv(text), l)

describe("parsePlanCsv + buildPlanImport: a good file", () => {
  const file = csv(
    "HUBER,2026-11,21000.50,40,,,,,eur,Autumn push",
    "HUBER,2026-11,,,product,drill-x18,quantity,25,,",
    "HUBER,2026-11,,,category,power-tools,amount,8000,,",
    "",
    "NOWAK,2026-11,15000,,,,,,,",
    "NOWAK,2026-12,16000,,,,,,PLN,"
  )

  it("groups rows into plans with their focus targets, amounts as exact decimal strings", () => {
    const result = importOf(file)
    expect(result.errors).toEqual([])
    expect(result).toMatchObject({ rows: 5, plans_created: 3, plans_updated: 0, targets: 2 })
    expect(result.plans[0]).toEqual({
      dealer_id: "dlr_huber",
      dealer_code: "HUBER",
      period_key: "2026-11",
      currency_code: "eur",
      target_amount: "21000.5",
      target_order_count: 40,
      note: "Autumn push",
      existing_plan_id: null,
      targets: [
        { target_type: "product", target_id: "prod_drill", metric: "quantity", target_value: "25", label: "Cordless drill X18" },
        { target_type: "category", target_id: "pcat_power", metric: "amount", target_value: "8000", label: "Power tools" },
      ],
    })
    expect(result.plans[1]).toMatchObject({ dealer_id: "dlr_nowak", target_order_count: null, note: null, targets: [] })
    expect(result.plans[2]).toMatchObject({ period_key: "2026-12", currency_code: "pln", target_amount: "16000" })
  })

  it("marks a dealer's existing plan for the period as an update", () => {
    const result = importOf(file, lookups({ existingPlans: new Map([["dlr_huber:2026-11", "dplan_1"]]) }))
    expect(result).toMatchObject({ plans_created: 2, plans_updated: 1 })
    expect(result.plans[0].existing_plan_id).toBe("dplan_1")
  })

  it("takes columns in any order, a BOM, CRLF line ends, and leaves out optional columns", () => {
    const text = "\uFEFFperiod,target_amount,dealer_code\r\n2026-11,100,HUBER\r\n"
    const result = importOf(text)
    expect(result.errors).toEqual([])
    expect(result.plans).toEqual([
      expect.objectContaining({ dealer_id: "dlr_huber", target_amount: "100", targets: [] }),
    ])
    // Without the columns, an existing plan keeps its order count and note.
    expect(result.plans[0]).not.toHaveProperty("target_order_count")
    expect(result.plans[0]).not.toHaveProperty("note")
  })

  it("accepts plan totals repeated on the target rows when they agree", () => {
    const result = importOf(
      csv("HUBER,2026-11,500.00,3,,,,,,", "HUBER,2026-11,500,3,product,drill-x18,amount,100.25,eur,")
    )
    expect(result.errors).toEqual([])
    expect(result.plans[0]).toMatchObject({ target_amount: "500", target_order_count: 3 })
    expect(result.plans[0].targets[0].target_value).toBe("100.25")
  })

  it("ignores the export's extra columns, so an edited export imports again", () => {
    const text = [
      "dealer_code,dealer_name,period,currency_code,target_amount,actual_amount,attainment_percent,target_order_count,actual_order_count,target_type,target_ref,metric,target_value,target_actual,target_attainment_percent,note",
      "HUBER,Huber GmbH,2026-11,eur,1000.00,320.50,32.05,4,1,,,,,,,",
      "HUBER,Huber GmbH,2026-11,eur,,,,,,product,drill-x18,quantity,10,2,20.00,",
    ].join("\n")
    const result = importOf(text)
    expect(result.errors).toEqual([])
    expect(result.plans[0]).toMatchObject({ target_amount: "1000", target_order_count: 4, targets: [expect.objectContaining({ target_value: "10" })] })
  })

  it("lists the handles and codes to look up", () => {
    expect(planCsvReferences(parsePlanCsv(file).rows)).toEqual({
      dealer_codes: ["HUBER", "NOWAK"],
      product_handles: ["drill-x18"],
      category_handles: ["power-tools"],
    })
  })
})

describe("parsePlanCsv + buildPlanImport: bad rows", () => {
  it("reports every bad row with its line (header = line 1) and field, and plans nothing", () => {
    const result = importOf(
      csv(
        "HUBER,2026-11,21000,,,,,,,", // 2 ok
        "HUBR,2026-11,100,,,,,,,", // 3 unknown dealer
        "NOWAK,2026-13,100,,,,,,,", // 4 bad period
        "NOWAK,2026-10,-5,,,,,,,", // 5 negative amount
        "NOWAK,2026-09,,,,,,,,", // 6 missing amount
        "HUBER,2026-11,,,product,no-such-drill,amount,10,,", // 7 unknown product
        "HUBER,2026-11,,,category,no-such-cat,quantity,10,,", // 8 unknown category
        "HUBER,2026-11,21000,,,,,,,", // 9 duplicate totals
        "NOWAK,2026-08,100,,,,,,eur,", // 10 currency not the dealer's
        "HUBER,2026-12,1,200,product,drill-x18,quantity,0,,", // 11 target value not > 0
        "HUBER,2026-12,,,product,drill-x18,amount,5,,", // 12 ok
        "HUBER,2026-12,,,product,drill-x18,amount,6,,", // 13 duplicate target
        "HUBER,2026-12,2,,tool,drill-x18,amount,6,,", // 14 bad type + conflicting amount
        "HUBER,2026-07,1,1.5,product,drill-x18,quantity,2.5,,", // 15 fractional counts
        "HUBER,2026-06,1,,,drill-x18,,,,", // 16 ref without type
        "HUBER,2026-05,1,000" // 17 wrong number of values
      )
    )
    expect(result.plans).toEqual([])
    expect(result.rows).toBe(16)
    expect(result.errors.map((e) => [e.line, e.field])).toEqual([
      [3, "dealer_code"],
      [4, "period"],
      [5, "target_amount"],
      [6, "target_amount"],
      [7, "target_ref"],
      [8, "target_ref"],
      [9, "target_type"],
      [10, "currency_code"],
      [11, "target_value"],
      [13, "target_ref"],
      [14, "target_amount"],
      [14, "target_type"],
      [15, "target_order_count"],
      [15, "target_value"],
      [16, "target_ref"],
      [17, null],
    ])
    const byLine = Object.fromEntries(result.errors.map((e) => [`${e.line}:${e.field}`, e.message]))
    expect(byLine["3:dealer_code"]).toBe('unknown dealer code "HUBR"')
    expect(byLine["4:period"]).toBe('"2026-13" is not a month as YYYY-MM')
    expect(byLine["5:target_amount"]).toBe("must not be negative")
    expect(byLine["6:target_amount"]).toMatch(/is missing for NOWAK 2026-09/)
    expect(byLine["7:target_ref"]).toBe('unknown product handle "no-such-drill"')
    expect(byLine["8:target_ref"]).toBe('unknown category handle "no-such-cat"')
    expect(byLine["9:target_type"]).toBe("duplicate: line 2 already sets the totals of HUBER 2026-11")
    expect(byLine["10:currency_code"]).toMatch(/not the currency of dealer NOWAK \(pln\)/)
    expect(byLine["11:target_value"]).toBe("must be greater than 0")
    expect(byLine["13:target_ref"]).toMatch(/^duplicate: line 12 already sets the amount target of product "drill-x18"/)
    expect(byLine["14:target_amount"]).toBe('"2" conflicts with "1" on line 11 for HUBER 2026-12')
    expect(byLine["17:null"]).toBe("the row has 4 values but the header names 10 columns")
  })

  it("still counts what the good plans would do in a dry run", () => {
    const result = importOf(csv("HUBER,2026-11,100,,,,,,,", "HUBR,2026-11,100,,,,,,,"))
    expect(result).toMatchObject({ rows: 2, plans_created: 1, plans_updated: 0, plans: [] })
    expect(result.errors).toHaveLength(1)
  })

  it("rejects amounts that are not plain decimals", () => {
    const result = importOf(csv("HUBER,2026-11,\"1,500.00\",,,,,,,", "NOWAK,2026-11,1e3,,,,,,,", "NOWAK,2026-12,1.23456,,,,,,,"))
    expect(result.errors.map((e) => [e.line, e.field, e.message])).toEqual([
      [2, "target_amount", '"1,500.00" is not a plain number like 1500.00 (a dot for decimals, no thousands separators)'],
      [3, "target_amount", '"1e3" is not a plain number like 1500.00 (a dot for decimals, no thousands separators)'],
      [4, "target_amount", '"1.23456" has more than 4 decimal places'],
    ])
  })

  it("reports a header with unknown or missing columns on line 1", () => {
    const result = importOf("dealer_code,periode,target_amount\nHUBER,2026-11,1")
    expect(result.errors).toEqual([
      { line: 1, field: "period", message: "the header lacks this required column" },
      { line: 1, field: "periode", message: expect.stringMatching(/^unknown column/) },
    ])
  })

  it("reports an empty file and a file without rows", () => {
    expect(importOf("").errors).toEqual([{ line: 1, field: null, message: "the file is empty; it needs a header line" }])
    expect(importOf(`${HEADER}\n`).errors).toEqual([{ line: 1, field: null, message: "the file has a header but no rows" }])
  })

  it("reports an unclosed quote with the line the parser stopped at", () => {
    const result = importOf(csv('HUBER,2026-11,100,,,,,,,"open note'))
    expect(result.errors).toEqual([{ line: 2, field: null, message: expect.stringMatching(/^not a readable CSV file/) }])
  })

  it("numbers lines from where a record starts, across quoted line breaks", () => {
    const result = importOf(csv('HUBER,2026-11,100,,,,,,,"two\nlines"', "HUBR,2026-11,100,,,,,,,"))
    expect(result.errors).toEqual([{ line: 4, field: "dealer_code", message: 'unknown dealer code "HUBR"' }])
  })

  it("caps the number of rows", () => {
    const parsed = parsePlanCsv(csv("HUBER,2026-11,1,,,,,,,", "HUBER,2026-12,1,,,,,,,"), { maxRows: 1 })
    expect(parsed.errors).toEqual([{ line: 1, field: null, message: "the file has 2 rows; at most 1 are taken at once" }])
  })
})

describe("export", () => {
  it("formats amounts with cents and keeps extra digits", () => {
    expect(formatAmount("320.5")).toBe("320.50")
    expect(formatAmount("0")).toBe("0.00")
    expect(formatAmount("-12.5")).toBe("-12.50")
    expect(formatAmount("1.125")).toBe("1.125")
  })

  it("writes a totals row per plan and a row per focus target, sorted, with formulas defused", () => {
    const text = planExportCsv([
      {
        dealer_code: "NOWAK",
        dealer_name: "Nowak",
        period_key: "2026-11",
        currency_code: "pln",
        target_amount: "100",
        target_order_count: null,
        actual_amount: "0",
        actual_order_count: 0,
        note: null,
        targets: [],
      },
      {
        dealer_code: "HUBER",
        dealer_name: "=HYPERLINK(\"x\")",
        period_key: "2026-11",
        currency_code: "eur",
        target_amount: "1000",
        target_order_count: 4,
        actual_amount: "320.5",
        actual_order_count: 1,
        note: "Autumn, push",
        targets: [
          { target_type: "product", target_ref: "saw-c7", metric: "amount", target_value: "200", actual: "80.5" },
          { target_type: "category", target_ref: "power-tools", metric: "quantity", target_value: "10", actual: "3" },
        ],
      },
    ])
    expect(text.split("\n")).toEqual([
      "dealer_code,dealer_name,period,currency_code,target_amount,actual_amount,attainment_percent,target_order_count,actual_order_count,target_type,target_ref,metric,target_value,target_actual,target_attainment_percent,note",
      `HUBER,"'=HYPERLINK(""x"")",2026-11,eur,1000.00,320.50,32.05,4,1,,,,,,,"Autumn, push"`,
      `HUBER,"'=HYPERLINK(""x"")",2026-11,eur,,,,,,category,power-tools,quantity,10,3,30.00,`,
      `HUBER,"'=HYPERLINK(""x"")",2026-11,eur,,,,,,product,saw-c7,amount,200.00,80.50,40.25,`,
      "NOWAK,Nowak,2026-11,pln,100.00,0.00,0.00,,0,,,,,,,",
      "",
    ])
  })
})
