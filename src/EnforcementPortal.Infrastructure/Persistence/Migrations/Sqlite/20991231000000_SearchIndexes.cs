using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnforcementPortal.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// Hand-written (regen.sh regenerates only Initial): the FTS5 trigram table (case number, site name, party name) behind the case list's search
    /// (<see cref="CaseSearch"/>), filled from the existing cases and kept in step by triggers, in the same transaction
    /// as the change to the case or party. Its id sorts after any Initial generated before 2099, so it always runs last.
    /// A table of its own, keyed by the case id, rather than external content: the cases' rowids are not stable
    /// (the table has a GUID key, so VACUUM may renumber them).
    /// </summary>
    [DbContext(typeof(SqliteAppDbContext))]
    [Migration("20991231000000_SearchIndexes")]
    public partial class SearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""CREATE VIRTUAL TABLE "CaseSearch" USING fts5("CaseId" UNINDEXED, "Number", "SiteName", "PartyName", tokenize = 'trigram case_sensitive 1');""");
            migrationBuilder.Sql("""
                INSERT INTO "CaseSearch" ("CaseId", "Number", "SiteName", "PartyName")
                SELECT c."Id", c."Number", c."SiteName", p."Name" FROM "Cases" AS c JOIN "Parties" AS p ON p."Id" = c."PartyId";
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "CaseSearch_CaseInserted" AFTER INSERT ON "Cases" BEGIN
                    INSERT INTO "CaseSearch" ("CaseId", "Number", "SiteName", "PartyName")
                    SELECT NEW."Id", NEW."Number", NEW."SiteName", p."Name" FROM "Parties" AS p WHERE p."Id" = NEW."PartyId";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "CaseSearch_CaseUpdated" AFTER UPDATE OF "Number", "SiteName", "PartyId" ON "Cases" BEGIN
                    DELETE FROM "CaseSearch" WHERE "CaseId" = OLD."Id";
                    INSERT INTO "CaseSearch" ("CaseId", "Number", "SiteName", "PartyName")
                    SELECT NEW."Id", NEW."Number", NEW."SiteName", p."Name" FROM "Parties" AS p WHERE p."Id" = NEW."PartyId";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "CaseSearch_CaseDeleted" AFTER DELETE ON "Cases" BEGIN
                    DELETE FROM "CaseSearch" WHERE "CaseId" = OLD."Id";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "CaseSearch_PartyUpdated" AFTER UPDATE OF "Name" ON "Parties" BEGIN
                    UPDATE "CaseSearch" SET "PartyName" = NEW."Name"
                    WHERE "CaseId" IN (SELECT "Id" FROM "Cases" WHERE "PartyId" = NEW."Id");
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "CaseSearch_PartyUpdated";""");
            migrationBuilder.Sql("""DROP TRIGGER "CaseSearch_CaseDeleted";""");
            migrationBuilder.Sql("""DROP TRIGGER "CaseSearch_CaseUpdated";""");
            migrationBuilder.Sql("""DROP TRIGGER "CaseSearch_CaseInserted";""");
            migrationBuilder.Sql("""DROP TABLE "CaseSearch";""");
        }
    }
}
