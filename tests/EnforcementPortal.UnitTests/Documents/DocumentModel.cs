using EnforcementPortal.Domain.Documents.Layout;

namespace EnforcementPortal.UnitTests.Documents;

/// <summary>The presentation-neutral document model refuses documents that cannot be laid out.</summary>
public sealed class DocumentModel
{
    [Fact]
    public void CreatePutsTheTitleAndDocumentNumberInFrontOfTheBody()
    {
        var body = new ParagraphBlock("正文。");

        var document = DocumentDefinition.Create("责令改正通知书", "伊建责改〔2026〕第0002号", [body]);

        document.Blocks.ShouldBe([new TitleBlock("责令改正通知书"), new DocumentNumberBlock("伊建责改〔2026〕第0002号"), body]);
        document.Title.ShouldBe("责令改正通知书");
        document.DocumentNumber.ShouldBe("伊建责改〔2026〕第0002号");
    }

    [Fact]
    public void CreateLeavesOutAMissingDocumentNumber()
    {
        var document = DocumentDefinition.Create("询问笔录", null, []);

        document.Blocks.ShouldBe([new TitleBlock("询问笔录")]);
    }

    [Fact]
    public void CopiesTheBlocksItIsGiven()
    {
        var blocks = new List<DocumentBlock> { new ParagraphBlock("一") };
        var document = new DocumentDefinition { Title = "笔录", Blocks = blocks };

        blocks.Add(new ParagraphBlock("二"));

        document.Blocks.Count.ShouldBe(1);
    }

    [Fact]
    public void RefusesABlankTitle()
    {
        Should.Throw<ArgumentException>(() => new DocumentDefinition { Title = " " });
    }

    [Fact]
    public void RefusesARowOfThreeFields()
    {
        Should.Throw<ArgumentException>(() => new FieldRow([new Field("甲", "1"), new Field("乙", "2"), new Field("丙", "3")]));
    }

    [Fact]
    public void RefusesAnEmptySignatureBlock()
    {
        Should.Throw<ArgumentException>(() => new SignatureBlock(null, " "));
    }

    [Fact]
    public void TreatsAMissingValueAsABlankToFillIn()
    {
        new Field("当事人意见", null).Value.ShouldBe(string.Empty);
    }
}
