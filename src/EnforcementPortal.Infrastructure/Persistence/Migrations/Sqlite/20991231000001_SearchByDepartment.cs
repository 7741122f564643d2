using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnforcementPortal.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// Hand-written (regen.sh regenerates only Initial), after <see cref="SearchIndexes"/>: the FTS5 search table gains the
    /// case's department (a token <c>#code#</c>, one trigram), so that a department user's search asks FTS5 for that
    /// department's hits only and the hits can be counted cheaply before the list chooses how to read them, and the
    /// party's credit code (a search for a whole credit code is then one FTS5 query too) (<see cref="CaseSearch"/>, docs/benchmarks.md "Search"). The table is rebuilt from the existing rows
    /// and its triggers are recreated, also following a change of department or credit code.
    /// </summary>
    [DbContext(typeof(SqliteAppDbContext))]
    [Migration("20991231000001_SearchByDepartment")]
    public partial class SearchByDepartment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            DropTriggersAndTable(migrationBuilder);
            migrationBuilder.Sql("""CREATE VIRTUAL TABLE "CaseSearch" USING fts5("CaseId" UNINDEXED, "Number", "SiteName", "PartyName", "CreditCode", "Department", tokenize = 'trigram case_sensitive 1');""");
            migrationBuilder.Sql("""
                INSERT INTO "CaseSearch" ("CaseId", "Number", "SiteName", "PartyName", "CreditCode", "Department")
                SELECT c."Id", c."Number", c."SiteName", p."Name", p."CreditCode", '#' || c."Department" || '#' FROM "Cases" AS c JOIN "Parties" AS p ON p."Id" = c."PartyId";
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "CaseSearch_CaseInserted" AFTER INSERT ON "Cases" BEGIN
                    INSERT INTO "CaseSearch" ("CaseId", "Number", "SiteName", "PartyName", "CreditCode", "Department")
                    SELECT NEW."Id", NEW."Number", NEW."SiteName", p."Name", p."CreditCode", '#' || NEW."Department" || '#' FROM "Parties" AS p WHERE p."Id" = NEW."PartyId";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "CaseSearch_CaseUpdated" AFTER UPDATE OF "Number", "SiteName", "PartyId", "Department" ON "Cases" BEGIN
                    DELETE FROM "CaseSearch" WHERE "CaseId" = OLD."Id";
                    INSERT INTO "CaseSearch" ("CaseId", "Number", "SiteName", "PartyName", "CreditCode", "Department")
                    SELECT NEW."Id", NEW."Number", NEW."SiteName", p."Name", p."CreditCode", '#' || NEW."Department" || '#' FROM "Parties" AS p WHERE p."Id" = NEW."PartyId";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "CaseSearch_CaseDeleted" AFTER DELETE ON "Cases" BEGIN
                    DELETE FROM "CaseSearch" WHERE "CaseId" = OLD."Id";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "CaseSearch_PartyUpdated" AFTER UPDATE OF "Name", "CreditCode" ON "Parties" BEGIN
                    UPDATE "CaseSearch" SET "PartyName" = NEW."Name", "CreditCode" = NEW."CreditCode"
                    WHERE "CaseId" IN (SELECT "Id" FROM "Cases" WHERE "PartyId" = NEW."Id");
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            DropTriggersAndTable(migrationBuilder);
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

        private static void DropTriggersAndTable(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CaseSearch_PartyUpdated";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CaseSearch_CaseDeleted";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CaseSearch_CaseUpdated";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CaseSearch_CaseInserted";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "CaseSearch";""");
        }
    }
}
