package org.gtmplan.lang.generator;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.gtmplan.lang.gtm.MilestoneKind;
import org.gtmplan.lang.gtm.Pillar;
import org.gtmplan.lang.gtm.PlanKind;
import org.gtmplan.lang.gtm.Status;
import org.gtmplan.lang.gtm.TaskKind;
import org.gtmplan.lang.time.Weekdays;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

/**
 * {@code <Plan>.json}: the resolved plan, every date absolute (ISO 8601), for other tools.
 * Its shape is documented by {@code docs/plan.schema.json}, which a test checks it against.
 */
public class JsonGenerator implements DocumentGenerator {

    /** Bumped when the shape changes incompatibly. */
    public static final int SCHEMA_VERSION = 1;

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping()
            .registerTypeAdapter(LocalDate.class, new IsoText<>(LocalDate::parse).nullSafe())
            .registerTypeAdapter(LocalTime.class, new IsoText<>(LocalTime::parse).nullSafe())
            .registerTypeAdapter(ZoneId.class, new IsoText<>(ZoneId::of).nullSafe())
            .registerTypeHierarchyAdapter(ZoneId.class, new IsoText<>(ZoneId::of).nullSafe())
            .registerTypeAdapter(DayOfWeek.class, new Keyword<>(Weekdays::keyword, Weekdays::ofKeyword).nullSafe())
            .registerTypeAdapter(PlanKind.class, new Keyword<>(PlanKind::getLiteral, PlanKind::get).nullSafe())
            .registerTypeAdapter(MilestoneKind.class, new Keyword<>(MilestoneKind::getLiteral, MilestoneKind::get).nullSafe())
            .registerTypeAdapter(Status.class, new Keyword<>(Status::getLiteral, Status::get).nullSafe())
            .registerTypeAdapter(Pillar.class, new Keyword<>(Pillar::getLiteral, Pillar::get).nullSafe())
            .registerTypeAdapter(TaskKind.class, new Keyword<>(TaskKind::getLiteral, TaskKind::get).nullSafe())
            .registerTypeAdapter(ChronoUnit.class, new Keyword<>(PlanView.MeetingView::keyword, PlanView.MeetingView::ofKeyword).nullSafe())
            .create();

    @Override
    public String format() {
        return "json";
    }

    @Override
    public List<GeneratedFile> generate(PlanView plan, GenerationOptions options) {
        JsonObject root = new JsonObject();
        root.addProperty("schemaVersion", SCHEMA_VERSION);
        JsonObject body = GSON.toJsonTree(plan).getAsJsonObject();
        for (var entry : body.entrySet()) {
            root.add(entry.getKey(), entry.getValue());
        }
        return List.of(GeneratedFile.utf8(plan.name() + ".json", GSON.toJson(root) + "\n"));
    }

    /** A value as the keyword a plan writes for it: a weekday as MON..SUN, a status as todo... */
    private static final class Keyword<T> extends TypeAdapter<T> {
        private final java.util.function.Function<T, String> writer;
        private final java.util.function.Function<String, T> reader;

        Keyword(java.util.function.Function<T, String> writer, java.util.function.Function<String, T> reader) {
            this.writer = writer;
            this.reader = reader;
        }

        @Override
        public void write(JsonWriter out, T value) throws IOException {
            out.value(writer.apply(value));
        }

        @Override
        public T read(JsonReader in) throws IOException {
            return reader.apply(in.nextString());
        }
    }

    /** Dates, times of day and zones as their ISO text. */
    private static final class IsoText<T> extends TypeAdapter<T> {
        private final java.util.function.Function<String, T> parser;

        IsoText(java.util.function.Function<String, T> parser) {
            this.parser = parser;
        }

        @Override
        public void write(JsonWriter out, T value) throws IOException {
            out.value(value.toString());
        }

        @Override
        public T read(JsonReader in) throws IOException {
            return parser.apply(in.nextString());
        }
    }
}
