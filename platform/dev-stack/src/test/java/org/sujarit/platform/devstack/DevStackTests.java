package org.sujarit.platform.devstack;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sujarit.platform.devstack.DevStack.Part;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DevStackTests {

	private final Set<Part> parts = EnumSet.noneOf(Part.class);

	private final Set<Service> services = EnumSet.noneOf(Service.class);

	@Test
	void withoutOnlyEverythingRunsInOneJvm() {
		DevStack.select(new String[0], this.parts, this.services);
		assertThat(this.parts).containsExactlyInAnyOrder(Part.values());
		assertThat(this.services).containsExactlyInAnyOrder(Service.values());
	}

	@Test
	void infraIsBrokerStoreMailSinkAndStaffSignIn() {
		DevStack.select(new String[] { "--only=infra" }, this.parts, this.services);
		assertThat(this.parts).containsExactlyInAnyOrder(Part.KAFKA, Part.STORE, Part.SMTP);
		assertThat(this.services).containsExactly(Service.STAFF_SIGN_IN);
	}

	@Test
	void oneServiceAloneStartsNoInfrastructure() {
		DevStack.select(new String[] { "--only=complaint-intake" }, this.parts, this.services);
		assertThat(this.parts).isEmpty();
		assertThat(this.services).containsExactly(Service.COMPLAINT_INTAKE);
	}

	@Test
	void partsAndGroupsCombine() {
		DevStack.select(new String[] { "--only=kafka,store,staff-sign-in,services" }, this.parts, this.services);
		assertThat(this.parts).containsExactlyInAnyOrder(Part.KAFKA, Part.STORE);
		assertThat(this.services).containsExactlyInAnyOrder(Service.values());
	}

	@Test
	void anUnknownPartIsRefusedNamingTheChoices() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DevStack.select(new String[] { "--only=kafka,brokr" }, this.parts, this.services))
			.withMessageContaining("brokr")
			.withMessageContaining("complaint-intake");
	}

}
