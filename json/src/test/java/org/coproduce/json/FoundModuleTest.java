package org.coproduce.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.coproduce.model.Programme;
import org.coproduce.model.testing.ProgrammeGenerator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;

/** Jackson finds the format's module by itself; without it a mapper writes nothing useful. */
class FoundModuleTest {
  private static final Programme PROGRAMME = new ProgrammeGenerator(3).programme(6);

  @Test
  void findAndAddModulesFindsTheFormatsModule() {
    assertThat(MapperBuilder.findModules()).hasAtLeastOneElementOfType(ProgrammeModule.class);
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    String text = mapper.writeValueAsString(PROGRAMME);
    assertThat(text).isEqualTo(ProgrammeJson.create().write(PROGRAMME));
    assertThat(mapper.readValue(text, Programme.class)).isEqualTo(PROGRAMME);
  }

  @Test
  void theFoundModuleIsTheOneProgrammeJsonGives() {
    JacksonModule given = ProgrammeJson.module();
    ProgrammeModule found = new ProgrammeModule();
    assertThat(found.getRegistrationId()).isEqualTo(given.getRegistrationId());
    assertThat(found.getModuleName()).isEqualTo(given.getModuleName());
    // Registered twice, it is set up once: the text is the same.
    JsonMapper both = JsonMapper.builder().findAndAddModules().addModule(given).build();
    assertThat(both.writeValueAsString(PROGRAMME))
        .isEqualTo(ProgrammeJson.create().write(PROGRAMME));
  }

  /** What the README warns of: a mapper without the module writes a programme as nothing. */
  @Test
  void aMapperWithoutTheModuleWritesAProgrammeAsAnEmptyObject() {
    JsonMapper bare = JsonMapper.builder().build();
    assertThat(bare.writeValueAsString(PROGRAMME)).isEqualTo("{}");
  }
}
