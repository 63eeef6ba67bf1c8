package org.constellation;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(ConstellationApplication.class);

	@Test
	void modulesOnlyUseEachOthersApis() {
		MODULES.verify();
	}

}
