using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnforcementPortal.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <summary>
    /// Hand-written (regen.sh regenerates only Initial): pg_trgm GIN indexes behind the case list's search
    /// (<see cref="CaseSearch"/>) on case number, site name and party name (the credit code, 18 characters, is matched whole by its unique index). pg_trgm ships with PostgreSQL
    /// (Debian's postgresql package, contrib) and is a trusted extension, so the database owner may create it. Its id
    /// sorts after any Initial generated before 2099, so it always runs last.
    /// </summary>
    [DbContext(typeof(PostgreSqlAppDbContext))]
    [Migration("20991231000000_SearchIndexes")]
    public partial class SearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql("""CREATE INDEX IF NOT EXISTS "IX_Cases_Number_Trigram" ON "Cases" USING gin ("Number" gin_trgm_ops);""");
            migrationBuilder.Sql("""CREATE INDEX IF NOT EXISTS "IX_Cases_SiteName_Trigram" ON "Cases" USING gin ("SiteName" gin_trgm_ops);""");
            migrationBuilder.Sql("""CREATE INDEX IF NOT EXISTS "IX_Parties_Name_Trigram" ON "Parties" USING gin ("Name" gin_trgm_ops);""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Parties_Name_Trigram";""");
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Cases_SiteName_Trigram";""");
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Cases_Number_Trigram";""");
        }
    }
}
