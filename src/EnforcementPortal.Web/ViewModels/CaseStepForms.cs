namespace EnforcementPortal.Web.ViewModels;

/// <summary>
/// Where a step's form lives on the case page: its name (the binding prefix of its fields and the property of
/// <see cref="CaseDetailsViewModel"/> that holds it) and how it is put back, as the user typed it, when the step is
/// refused. The confirmations (批准移交, 登记逾期未回复, 归档) and the evidence upload have no form of their own on the page.
/// </summary>
public static class CaseStepForms
{
    public static string? NameOf(CaseActionForm form) => form switch
    {
        NoticeForm => nameof(CaseDetailsViewModel.Notice),
        ReplyForm => nameof(CaseDetailsViewModel.Reply),
        ReviewForm => nameof(CaseDetailsViewModel.Review),
        InterviewForm => nameof(CaseDetailsViewModel.Interview),
        TransferForm => nameof(CaseDetailsViewModel.Transfer),
        ReturnTransferForm => nameof(CaseDetailsViewModel.ReturnTransfer),
        FilingForm => nameof(CaseDetailsViewModel.Filing),
        DisposalForm => nameof(CaseDetailsViewModel.Disposal),
        TransferSentForm => nameof(CaseDetailsViewModel.TransferSent),
        _ => null,
    };

    /// <summary>Puts the form as typed into the page's model, so that the user can correct it and submit again.</summary>
    public static void Keep(CaseDetailsViewModel model, CaseActionForm form)
    {
        ArgumentNullException.ThrowIfNull(model);
        switch (form)
        {
            case NoticeForm notice:
                model.Notice = notice;
                break;
            case ReplyForm reply:
                model.Reply = reply;
                break;
            case ReviewForm review:
                model.Review = review;
                break;
            case InterviewForm interview:
                model.Interview = interview;
                break;
            case TransferForm transfer:
                model.Transfer = transfer;
                break;
            case ReturnTransferForm returnTransfer:
                model.ReturnTransfer = returnTransfer;
                break;
            case FilingForm filing:
                model.Filing = filing;
                break;
            case DisposalForm disposal:
                model.Disposal = disposal;
                break;
            case TransferSentForm transferSent:
                model.TransferSent = transferSent;
                break;
        }
    }
}
