# One image per service, built from its module: docker compose passes MODULE.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
ARG MODULE
RUN ./mvnw -q -B -DskipTests -Dspring-javaformat.skip=true -pl ${MODULE} -am package \
	&& cp ${MODULE}/target/*-exec.jar /app.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 sujarit
COPY --from=build /app.jar /app/app.jar
USER sujarit
WORKDIR /app
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
