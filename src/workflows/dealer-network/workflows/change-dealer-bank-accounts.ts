import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { BankAccountChange, changeDealerBankAccountsStep } from "../steps/change-dealer-bank-accounts-step"

export const changeDealerBankAccountsWorkflowId = "dealer-network-change-dealer-bank-accounts"

/** Adds, changes (or makes default) or removes a bank account of a dealer. */
export const changeDealerBankAccountsWorkflow = createWorkflow(
  changeDealerBankAccountsWorkflowId,
  (input: BankAccountChange) => new WorkflowResponse(changeDealerBankAccountsStep(input))
)
