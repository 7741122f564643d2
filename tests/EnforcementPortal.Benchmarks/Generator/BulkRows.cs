using System.Collections;
using System.Data;
using EnforcementPortal.Infrastructure;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;

namespace EnforcementPortal.Benchmarks.Generator;

/// <summary>
/// One table as the portal's EF Core model maps it: its columns, each with the property it stores, how to read the value
/// from an entity (or from its owner, for the owner's key), and the provider's converter (enums, JSON lists). The
/// generator writes rows from these, never through the change tracker, so the rows are exactly what EF Core would write.
/// </summary>
internal sealed class TableShape
{
    private TableShape(IEntityType entityType, string name, string? schema, TableColumn[] columns, IReadOnlyList<(INavigation Navigation, TableShape Child)> owned)
    {
        EntityType = entityType;
        Name = name;
        Schema = schema;
        Columns = columns;
        Owned = owned;
    }

    public IEntityType EntityType { get; }

    public string Name { get; }

    public string? Schema { get; }

    public TableColumn[] Columns { get; }

    /// <summary>The owned collections stored in tables of their own (the case's inspections, findings, events …).</summary>
    public IReadOnlyList<(INavigation Navigation, TableShape Child)> Owned { get; }

    public static TableShape For(IEntityType entityType)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        var name = entityType.GetTableName() ?? throw new NotSupportedException($"{entityType.DisplayName()} is not mapped to a table.");
        var store = StoreObjectIdentifier.Table(name, entityType.GetSchema());
        if (entityType.GetComplexProperties().Any())
        {
            throw new NotSupportedException($"{entityType.DisplayName()} has complex properties, which the generator does not write.");
        }

        var ownership = entityType.FindOwnership();
        var columns = new List<TableColumn>();
        foreach (var property in entityType.GetProperties())
        {
            var column = property.GetColumnName(store);
            if (column is null)
            {
                continue;
            }

            var mapping = (RelationalTypeMapping)property.GetTypeMapping();
            Func<object, object?, object?> read;
            if (ownership is not null && ownership.Properties.Contains(property))
            {
                // The owner's key (CaseId), shadow or not: taken from the owner, as EF Core fixes it up.
                var principal = ownership.PrincipalKey.Properties[ownership.Properties.ToList().IndexOf(property)].GetGetter();
                read = (_, owner) => principal.GetClrValueUsingContainingEntity(owner!);
            }
            else if (property.IsShadowProperty())
            {
                read = OwnerCopy(entityType, property)
                    ?? throw new NotSupportedException($"{entityType.DisplayName()}.{property.Name} is a shadow property the generator cannot fill.");
            }
            else
            {
                var getter = property.GetGetter();
                read = (entity, _) => getter.GetClrValueUsingContainingEntity(entity);
            }

            columns.Add(new TableColumn(column, property, mapping, mapping.Converter ?? property.GetValueConverter(), read));
        }

        var owned = entityType.GetNavigations()
            .Where(n => n.ForeignKey.IsOwnership && n.TargetEntityType.IsOwned())
            .Select(n =>
            {
                if (!n.IsCollection || n.TargetEntityType.GetTableName() == name)
                {
                    throw new NotSupportedException($"{entityType.DisplayName()}.{n.Name}: only owned collections in tables of their own are written.");
                }

                return (n, For(n.TargetEntityType));
            })
            .ToList();
        return new TableShape(entityType, name, entityType.GetSchema(), [.. columns], owned);
    }

    /// <summary>The rows of an entity and of everything it owns, appended to <paramref name="rows"/>.</summary>
    public void Flatten(object entity, object? owner, RowBatch rows)
    {
        var values = new object?[Columns.Length];
        for (var i = 0; i < Columns.Length; i++)
        {
            values[i] = Columns[i].Read(entity, owner);
        }

        rows.Add(this, values);
        foreach (var (navigation, child) in Owned)
        {
            if (navigation.GetGetter().GetClrValueUsingContainingEntity(entity) is IEnumerable children)
            {
                foreach (var item in children)
                {
                    child.Flatten(item, entity, rows);
                }
            }
        }
    }

    public IEnumerable<TableShape> SelfAndOwned() => Owned.SelectMany(o => o.Child.SelfAndOwned()).Prepend(this);

    /// <summary>
    /// The copies of the case's fixed facts on its record rows (<c>CaseRecordColumns</c> in the Infrastructure, written
    /// by <c>AppDbContext.SaveChanges</c>): the owner's property of the same name, or for a finding's <c>InspectedAt</c>
    /// the start of the inspection it was found in, for an inspection's <c>StartedYear</c> the year of its start, for a
    /// notice's <c>LoopClosedOn</c> <c>AnnualCounter.LoopClosedOn</c> — what the portal's own save would write.
    /// </summary>
    private static Func<object, object?, object?>? OwnerCopy(IEntityType entityType, IProperty property)
    {
        var ownership = entityType.FindOwnership();
        if (ownership is null)
        {
            return null;
        }

        if (property.Name == "InspectedAt" && entityType.ClrType == typeof(EnforcementPortal.Domain.Cases.Finding))
        {
            return (entity, owner) =>
            {
                var finding = (EnforcementPortal.Domain.Cases.Finding)entity;
                var inspection = ((EnforcementPortal.Domain.Cases.EnforcementCase)owner!).Inspections.First(i => i.Id == finding.InspectionId);
                return inspection.StartedAt;
            };
        }

        // The inspection's own year (the case's Year, of the same name, is its number's year: never copied here).
        if (property.Name == "StartedYear" && entityType.ClrType == typeof(EnforcementPortal.Domain.Cases.Inspection))
        {
            return (entity, _) => ((EnforcementPortal.Domain.Cases.Inspection)entity).StartedAt.Year;
        }

        // The day the notice's loop closed, from the case's reviews and transfers, by the portal's own definition.
        if (property.Name == "LoopClosedOn" && entityType.ClrType == typeof(EnforcementPortal.Domain.Cases.RectificationNotice))
        {
            return (entity, owner) => EnforcementPortal.Domain.Statistics.AnnualCounter.LoopClosedOn((EnforcementPortal.Domain.Cases.EnforcementCase)owner!, (EnforcementPortal.Domain.Cases.RectificationNotice)entity);
        }

        var source = ownership.PrincipalEntityType.ClrType.GetProperty(property.Name);
        return source is null ? null : (_, owner) => source.GetValue(owner);
    }
}

/// <summary>A column: the model value is read from the entity, then converted to the provider's value.</summary>
internal sealed record TableColumn(string Name, IProperty Property, RelationalTypeMapping Mapping, ValueConverter? Converter, Func<object, object?, object?> Read)
{
    public object? ToProvider(object? value) => value is null ? null : Converter is null ? value : Converter.ConvertToProvider(value);
}

/// <summary>Rows collected for one write, per table, in the order the tables were first met (owners before owned).</summary>
internal sealed class RowBatch
{
    private readonly Dictionary<TableShape, List<object?[]>> _rows = [];
    private readonly List<TableShape> _order = [];

    public int Count { get; private set; }

    public void Add(TableShape table, object?[] values)
    {
        if (!_rows.TryGetValue(table, out var list))
        {
            _rows[table] = list = [];
            _order.Add(table);
        }

        list.Add(values);
        Count++;
    }

    public IEnumerable<(TableShape Table, List<object?[]> Rows)> Tables => _order.Select(t => (t, _rows[t]));

    public void Clear()
    {
        foreach (var list in _rows.Values)
        {
            list.Clear();
        }

        Count = 0;
    }
}

/// <summary>Writes row batches into the database in bulk: SQLite prepared inserts, PostgreSQL binary COPY, SQL Server SqlBulkCopy.</summary>
internal abstract class BulkSink : IAsyncDisposable
{
    /// <param name="tables">The tables to be written (SQLite and PostgreSQL rebuild their indexes after the load).</param>
    public static async Task<BulkSink> OpenAsync(DatabaseProvider provider, string connectionString, IReadOnlyList<string> tables, CancellationToken cancellationToken)
    {
        BulkSink sink = provider switch
        {
            DatabaseProvider.PostgreSql => new PostgreSqlSink(connectionString, tables),
            DatabaseProvider.SqlServer => new SqlServerSink(connectionString),
            _ => new SqliteSink(connectionString, tables),
        };
        await sink.OpenCoreAsync(cancellationToken);
        return sink;
    }

    protected abstract Task OpenCoreAsync(CancellationToken cancellationToken);

    public abstract Task WriteAsync(RowBatch batch, CancellationToken cancellationToken);

    /// <summary>Makes everything written durable (one transaction on SQLite, committed here).</summary>
    public abstract Task CompleteAsync(CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();

    internal static string Quoted(string name, char open = '"', char close = '"') => open + name + close;
}

/// <summary>
/// SQLite: one connection, one transaction, one prepared INSERT per table whose parameters EF Core's own type mappings
/// configured (a GUID is stored as upper-case text, as EF Core stores it). No journal while writing: a failed run leaves a
/// file to delete anyway; the WAL mode the portal uses is restored at the end.
/// </summary>
internal sealed class SqliteSink(string connectionString, IReadOnlyList<string> tables) : BulkSink
{
    private readonly Dictionary<TableShape, SqliteCommand> _commands = [];
    private SqliteConnection? _connection;
    private SqliteTransaction? _transaction;

    private readonly List<string> _deferred = [];

    protected override async Task OpenCoreAsync(CancellationToken cancellationToken)
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        await _connection.OpenAsync(cancellationToken);
        await ExecuteAsync("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-400000; PRAGMA temp_store=MEMORY;", cancellationToken);
        _transaction = _connection.BeginTransaction();

        // The secondary indexes of the tables written, and the search index's insert trigger, are dropped while loading
        // and built once at the end (a sort per index instead of a random insert per row); all in the one transaction.
        await using (var read = _connection.CreateCommand())
        {
            read.Transaction = _transaction;
            read.CommandText = $"SELECT name, sql, type FROM sqlite_master WHERE sql IS NOT NULL AND ((type = 'index' AND tbl_name IN ({string.Join(", ", tables.Select(t => $"'{t}'"))})) OR (type = 'trigger' AND name = '{SearchTrigger}'))";
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                _deferred.Add(reader.GetString(1));
                _drops.Add($"DROP {reader.GetString(2).ToUpperInvariant()} \"{reader.GetString(0)}\"");
            }
        }

        foreach (var drop in _drops)
        {
            await ExecuteAsync(drop, cancellationToken);
        }
    }

    private readonly List<string> _drops = [];

    /// <summary>The FTS5 search index's trigger (migration SearchIndexes); filled at the end with the migration's own fill.</summary>
    private const string SearchTrigger = "CaseSearch_CaseInserted";

    private const string SearchFill = EnforcementPortal.Infrastructure.Persistence.CaseSearch.SqliteFill;

    public override async Task WriteAsync(RowBatch batch, CancellationToken cancellationToken)
    {
        foreach (var (table, rows) in batch.Tables)
        {
            var command = Command(table);
            foreach (var row in rows)
            {
                for (var i = 0; i < row.Length; i++)
                {
                    command.Parameters[i].Value = table.Columns[i].ToProvider(row[i]) ?? DBNull.Value;
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    private SqliteCommand Command(TableShape table)
    {
        if (_commands.TryGetValue(table, out var command))
        {
            return command;
        }

        command = _connection!.CreateCommand();
        command.Transaction = _transaction;
#pragma warning disable CA2100 // Table and column names come from the portal's EF Core model; the values are parameters.
        command.CommandText = $"INSERT INTO {Quoted(table.Name)} ({string.Join(", ", table.Columns.Select(c => Quoted(c.Name)))}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"$p{i}"))})";
#pragma warning restore CA2100
        for (var i = 0; i < table.Columns.Length; i++)
        {
            var parameter = table.Columns[i].Mapping.CreateParameter(command, $"$p{i}", null, nullable: true);
            command.Parameters.Add(parameter);
        }

        command.Prepare();
        _commands[table] = command;
        return command;
    }

    public override async Task CompleteAsync(CancellationToken cancellationToken)
    {
        foreach (var command in _commands.Values)
        {
            await command.DisposeAsync();
        }

        _commands.Clear();
        if (_drops.Any(d => d.Contains(SearchTrigger, StringComparison.Ordinal)))
        {
            await ExecuteAsync(SearchFill, cancellationToken);
        }

        foreach (var sql in _deferred)
        {
            await ExecuteAsync(sql, cancellationToken);
        }

        await _transaction!.CommitAsync(cancellationToken);
        await _transaction.DisposeAsync();
        _transaction = null;
        await ExecuteAsync("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;", cancellationToken);
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = _connection!.CreateCommand();
        command.Transaction = _transaction;
        command.CommandTimeout = 0;
#pragma warning disable CA2100 // The statements are the generator's own and the schema's (read from sqlite_master).
        command.CommandText = sql;
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values)
        {
            await command.DisposeAsync();
        }

        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
        }

        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }
}

/// <summary>
/// PostgreSQL: binary COPY per table and batch; each value sent as the column's store type. The secondary indexes (the
/// pg_trgm GIN indexes among them) and the foreign keys of the tables written are dropped while loading and created once
/// at the end: one sort per index and one join per foreign key instead of an index insert and a key lookup per row.
/// Primary keys, and indexes a constraint needs, stay. The session does not wait for each batch's commit to reach the
/// disk (<c>synchronous_commit = off</c>; a crash loses the last batches of a database that is generated again anyway).
/// </summary>
internal sealed class PostgreSqlSink(string connectionString, IReadOnlyList<string> tables) : BulkSink
{
    private readonly List<string> _restore = [];
    private NpgsqlConnection? _connection;

    protected override async Task OpenCoreAsync(CancellationToken cancellationToken)
    {
        _connection = new NpgsqlConnection(connectionString);
        await _connection.OpenAsync(cancellationToken);
        await ExecuteAsync("SET synchronous_commit = off; SET maintenance_work_mem = '256MB'", cancellationToken);

        // Foreign keys first (re-added last), then the indexes no constraint depends on (created first at the end).
        List<(string Drop, string Create)> keys = [], indexes = [];
        await using (var read = _connection.CreateCommand())
        {
            read.CommandText = """
                SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass, c.conname),
                       format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid))
                FROM pg_constraint AS c JOIN pg_class AS t ON t.oid = c.conrelid
                WHERE c.contype = 'f' AND t.relnamespace = current_schema()::regnamespace AND t.relname = ANY(@tables)
                """;
            read.Parameters.AddWithValue("tables", tables.ToArray());
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                keys.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        await using (var read = _connection.CreateCommand())
        {
            read.CommandText = """
                SELECT format('DROP INDEX %s', i.indexrelid::regclass), pg_get_indexdef(i.indexrelid)
                FROM pg_index AS i JOIN pg_class AS t ON t.oid = i.indrelid
                WHERE t.relnamespace = current_schema()::regnamespace AND t.relname = ANY(@tables)
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint AS c WHERE c.conindid = i.indexrelid)
                """;
            read.Parameters.AddWithValue("tables", tables.ToArray());
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (drop, _) in keys.Concat(indexes))
        {
            await ExecuteAsync(drop, cancellationToken);
        }

        _restore.AddRange(indexes.Select(i => i.Create).Concat(keys.Select(k => k.Create)));
    }

    public override async Task WriteAsync(RowBatch batch, CancellationToken cancellationToken)
    {
        foreach (var (table, rows) in batch.Tables)
        {
            if (rows.Count == 0)
            {
                continue;
            }

            var name = table.Schema is null ? Quoted(table.Name) : $"{Quoted(table.Schema)}.{Quoted(table.Name)}";
            var types = table.Columns.Select(c => c.Mapping.StoreTypeNameBase).ToArray();
            await using var importer = await _connection!.BeginBinaryImportAsync(
                $"COPY {name} ({string.Join(", ", table.Columns.Select(c => Quoted(c.Name)))}) FROM STDIN (FORMAT BINARY)", cancellationToken);
            foreach (var row in rows)
            {
                await importer.StartRowAsync(cancellationToken);
                for (var i = 0; i < row.Length; i++)
                {
                    var value = table.Columns[i].ToProvider(row[i]);
                    if (value is null)
                    {
                        await importer.WriteNullAsync(cancellationToken);
                    }
                    else
                    {
                        await importer.WriteAsync(value, types[i], cancellationToken);
                    }
                }
            }

            await importer.CompleteAsync(cancellationToken);
        }
    }

    public override async Task CompleteAsync(CancellationToken cancellationToken)
    {
        foreach (var sql in _restore)
        {
            await ExecuteAsync(sql, cancellationToken);
        }

        _restore.Clear();
        await ExecuteAsync("ANALYZE", cancellationToken);
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = _connection!.CreateCommand();
        command.CommandTimeout = 0;
#pragma warning disable CA2100 // The generator's own statements and the schema's (read from the catalogue).
        command.CommandText = sql;
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }
}

/// <summary>SQL Server: SqlBulkCopy per table and batch (columns mapped by name, constraints and triggers kept).</summary>
internal sealed class SqlServerSink(string connectionString) : BulkSink
{
    private SqlConnection? _connection;

    protected override async Task OpenCoreAsync(CancellationToken cancellationToken)
    {
        _connection = new SqlConnection(connectionString);
        await _connection.OpenAsync(cancellationToken);
    }

    public override async Task WriteAsync(RowBatch batch, CancellationToken cancellationToken)
    {
        foreach (var (table, rows) in batch.Tables)
        {
            if (rows.Count == 0)
            {
                continue;
            }

            using var data = new DataTable(table.Name) { Locale = System.Globalization.CultureInfo.InvariantCulture };
            foreach (var column in table.Columns)
            {
                var type = column.Converter?.ProviderClrType ?? column.Property.ClrType;
                type = Nullable.GetUnderlyingType(type) ?? type;
                data.Columns.Add(column.Name, type == typeof(DateOnly) ? typeof(DateTime) : type == typeof(TimeOnly) ? typeof(TimeSpan) : type);
            }

            foreach (var row in rows)
            {
                var values = new object[row.Length];
                for (var i = 0; i < row.Length; i++)
                {
                    values[i] = table.Columns[i].ToProvider(row[i]) switch
                    {
                        null => DBNull.Value,
                        DateOnly day => day.ToDateTime(TimeOnly.MinValue),
                        TimeOnly time => time.ToTimeSpan(),
                        var value => value,
                    };
                }

                data.Rows.Add(values);
            }

            using var copy = new SqlBulkCopy(_connection!, SqlBulkCopyOptions.CheckConstraints | SqlBulkCopyOptions.FireTriggers, null)
            {
                DestinationTableName = table.Schema is null ? $"[{table.Name}]" : $"[{table.Schema}].[{table.Name}]",
                BatchSize = 0,
                BulkCopyTimeout = 0,
            };
            foreach (var column in table.Columns)
            {
                copy.ColumnMappings.Add(column.Name, column.Name);
            }

            await copy.WriteToServerAsync(data, cancellationToken);
        }
    }

    public override Task CompleteAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }
}

/// <summary>The shapes of the portal's tables the generator writes, read once from a context's model.</summary>
internal sealed class PortalTables(DbContext db)
{
    private readonly Dictionary<Type, TableShape> _shapes = [];

    public TableShape Of<T>() => Of(typeof(T));

    public TableShape Of(Type type)
    {
        if (!_shapes.TryGetValue(type, out var shape))
        {
            var entityType = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model.");
            _shapes[type] = shape = TableShape.For(entityType);
        }

        return shape;
    }}
