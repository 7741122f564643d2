using EnforcementPortal.Domain.Common;
using EnforcementPortal.Domain.Complaints;
using EnforcementPortal.UnitTests.Calendar;

namespace EnforcementPortal.UnitTests.Complaints;

/// <summary>
/// What the complained-about enterprise sees of a complaint (<see cref="ComplaintRedaction.ForEnterprise"/>) and its
/// on-line 情况说明 within 3 working days (北京市房地产市场动态监管信息平台操作流程 二（四）).
/// </summary>
public sealed class EnterpriseComplaintRedaction
{
    private static readonly Guid Party = Guid.NewGuid();
    private static readonly Actor Enterprise = new(Guid.NewGuid(), "伊宁市安居房产经纪有限公司（企业网上提交）");
    private const string Request = "请说明是否收取看房费及退还情况。";

    /// <summary>Accepted on Monday 2 March 2026 and notified the same day: the reply is due Thursday 5 March.</summary>
    private static Complaint Notified(Guid? party = null)
    {
        var complaint = Complaint.Receive(
            Guid.NewGuid(),
            2026,
            7,
            new ComplaintIntake(ComplaintChannel.OnlinePublic, BusinessLine.Brokerage, "伊宁市安居房产经纪有限公司", "伊宁市解放路 88 号", "我叫尉迟某某，电话13800001111，看房费不退。", new ProtectedComplainant("cipher-name", "cipher-phone", "phone-hash")),
            "code-hash",
            Complaint.PublicComplainant,
            ComplaintBuilder.Filed,
            [new ComplaintAttachment(Guid.NewGuid(), "投诉人收据.jpg", "image/jpeg", 2048, "abc", "2026/03/a.jpg")]);
        complaint.Route(Domain.Departments.DepartmentCode.Housing, Domain.Departments.DepartmentCode.Housing, null, ComplaintBuilder.Dispatcher, ComplaintBuilder.Filed.AddHours(1));
        complaint.Accept(ComplaintBuilder.Officer, ComplaintBuilder.Chief, ComplaintBuilder.Filed.AddHours(2), OfficialCalendar.Instance);
        complaint.NotifyEnterprise(new DateOnly(2026, 3, 2), ComplaintBuilder.Officer, ComplaintBuilder.Filed.AddHours(3), OfficialCalendar.Instance, party ?? Party, Request);
        return complaint;
    }

    private static ComplaintAttachment EnterpriseFile(string name = "退款凭证.pdf") =>
        new(Guid.NewGuid(), name, "application/pdf", 4096, "def", "2026/03/b.pdf", fromEnterprise: true);

    [Fact]
    public void The_enterprise_sees_what_the_bureau_asks_and_the_deadline_never_the_complainant()
    {
        var view = ComplaintRedaction.ForEnterprise(Notified(), Party, new DateOnly(2026, 3, 3))!;

        view.Request.ShouldBe(Request);
        view.ReplyDue.ShouldBe(new DateOnly(2026, 3, 5));
        view.Status.ShouldBe("待本单位回复");
        view.CanReply.ShouldBeTrue();
        view.ReplyFiles.ShouldBeEmpty("the complainant's attachments are not the enterprise's");
        var everything = string.Join("|", typeof(EnterpriseComplaintView).GetProperties().Select(p => p.GetValue(view)?.ToString()));
        everything.ShouldNotContain("尉迟某某");
        everything.ShouldNotContain("13800001111");
        everything.ShouldNotContain("cipher");
        everything.ShouldNotContain("看房费不退", customMessage: "the complainant's own words are not shown");
        everything.ShouldNotContain(ComplaintBuilder.Officer.Name, customMessage: "no handler");
    }

    [Fact]
    public void Another_party_or_a_complaint_not_notified_on_line_is_not_seen()
    {
        ComplaintRedaction.ForEnterprise(Notified(), Guid.NewGuid(), new DateOnly(2026, 3, 3)).ShouldBeNull();
        ComplaintRedaction.ForEnterprise(Notified(), Guid.Empty, new DateOnly(2026, 3, 3)).ShouldBeNull();
        ComplaintRedaction.ForEnterprise(ComplaintBuilder.Accepted(), Party, new DateOnly(2026, 3, 3)).ShouldBeNull();
    }

    [Fact]
    public void Linking_a_party_needs_the_request_the_enterprise_will_read()
    {
        var complaint = ComplaintBuilder.Accepted();

        Should.Throw<DomainException>(() => complaint.NotifyEnterprise(new DateOnly(2026, 3, 2), ComplaintBuilder.Officer, ComplaintBuilder.Filed.AddHours(3), OfficialCalendar.Instance, Party, " "))
            .Message.ShouldContain("需企业说明的事项");
    }

    [Fact]
    public void A_reply_on_the_last_day_is_taken_with_its_files_and_enters_the_timeline()
    {
        var complaint = Notified();

        complaint.ReplyAsEnterprise(Party, "看房费已于3月4日全额退还。", [EnterpriseFile()], Enterprise, new DateTime(2026, 3, 5, 17, 30, 0));

        complaint.EnterpriseReply.ShouldBe("看房费已于3月4日全额退还。");
        complaint.EnterpriseRepliedOn.ShouldBe(new DateOnly(2026, 3, 5));
        complaint.Events[^1].ActorName.ShouldBe(Enterprise.Name);
        complaint.Events[^1].Summary.ShouldContain("被投诉企业在线提交情况说明");
        var view = ComplaintRedaction.ForEnterprise(complaint, Party, new DateOnly(2026, 3, 5))!;
        view.Reply.ShouldBe("看房费已于3月4日全额退还。");
        view.ReplyFiles.Select(f => f.FileName).ShouldBe(["退款凭证.pdf"]);
        view.CanReply.ShouldBeFalse();
        view.Status.ShouldBe("已回复，承办部门核查中");
        Should.Throw<DomainException>(() => complaint.ReplyAsEnterprise(Party, "补充说明", [], Enterprise, new DateTime(2026, 3, 5, 18, 0, 0)));
    }

    [Fact]
    public void A_late_reply_is_refused_in_chinese_and_nothing_is_recorded()
    {
        var complaint = Notified();
        var events = complaint.Events.Count;

        var refusal = Should.Throw<DomainException>(() => complaint.ReplyAsEnterprise(Party, "迟到的说明", [EnterpriseFile()], Enterprise, new DateTime(2026, 3, 6, 9, 0, 0)));

        refusal.Message.ShouldContain("回复期限已于2026年3月5日届满");
        complaint.EnterpriseReply.ShouldBeNull();
        complaint.Events.Count.ShouldBe(events);
        complaint.Attachments.ShouldNotContain(a => a.FromEnterprise);
        var view = ComplaintRedaction.ForEnterprise(complaint, Party, new DateOnly(2026, 3, 6))!;
        view.Status.ShouldBe("已逾期未回复");
        view.CanReply.ShouldBeFalse();
    }

    [Fact]
    public void Another_party_cannot_reply()
    {
        Should.Throw<DomainException>(() => Notified().ReplyAsEnterprise(Guid.NewGuid(), "说明", [], Enterprise, new DateTime(2026, 3, 3, 9, 0, 0)))
            .Message.ShouldBe("该投诉未通知本单位回复。");
    }

    [Fact]
    public void A_reply_recorded_by_staff_is_not_shown_in_their_words()
    {
        var complaint = Notified();
        complaint.RecordEnterpriseReply(new DateOnly(2026, 3, 3), "电话回复：已退还（投诉人尉迟某某确认）", ComplaintBuilder.Officer, new DateTime(2026, 3, 3, 10, 0, 0));

        var view = ComplaintRedaction.ForEnterprise(complaint, Party, new DateOnly(2026, 3, 3))!;

        view.Reply.ShouldNotBeNull();
        view.Reply.ShouldNotContain("尉迟某某");
        view.CanReply.ShouldBeFalse();
    }
}
