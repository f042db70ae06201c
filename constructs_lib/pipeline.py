"""The Pipeline construct: builds a resolved playbook's nodes, recursively.

A `pipeline` node builds a nested `Pipeline` inside this one (fractal assembly):
the child gets its own orchestrator, shares the root's security kit (key and
artifact bucket) and receives its inputs as artifacts, so IAM grants are
computed from real ARNs. At run time the parent starts the child's state
machine as one step (`startExecution.sync:2`), passes the input locations in
the execution input and reads the child's outputs from its result.
Names descend through node ids, so a child used twice yields distinct names.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Iterable

from pydantic import BaseModel

from playbooks.kinds import REGISTRY, KindDescriptor, KindUnavailable
from playbooks.code_location import pipeline_code_root
from playbooks.spec.cache_settings import reused_fields
from playbooks.spec.resolved import NodeRef, ResolvedNode, ResolvedPipeline

from . import cdk
from .artifacts import Artifact, Dataset, Model
from .asl import StepChain, cache_gate, node_result_path, run_state_machine
from .asl_graph import ancestors, decompose, to_chains
from .escaping import literal, literal_deep
from .naming import Namer
from .node_base import NodeConstruct, NodeContext, NodeInputs, grant_start_execution_sync
from .orchestrator import Orchestrator
from .runtime_params import RuntimeParameters
from .security import SecurityKit
from .tags import CHILD_TAG, NODE_TAG


def literal_config(config: BaseModel) -> BaseModel:
    """The config with every string made literal for Terraform (values were validated already)."""
    return type(config).model_construct(**literal_deep(config.model_dump()))


def code_root_of(pipeline: ResolvedPipeline) -> str:
    """Directory relative `code:` paths are resolved against (playbooks.code_location); "" when there is none."""
    root = pipeline_code_root(pipeline)
    return str(root) if root is not None else ""


def node_descriptor(node: ResolvedNode) -> KindDescriptor:
    """The registry entry that builds this node (plugins load here if validation did not load them)."""
    try:
        return REGISTRY.require(node.kind, node.subtype)
    except KeyError as exc:
        raise KindUnavailable(f"node '{node.id}': {exc.args[0]}") from None


def construct_class(node: ResolvedNode, desc: KindDescriptor) -> type[NodeConstruct]:
    origin = f"plugin '{desc.plugin}'" if desc.plugin else "a built-in kind"
    try:
        found = desc.construct_class()
    except Exception as exc:  # noqa: BLE001 - a plugin's module may fail in any way; say which and why
        raise KindUnavailable(
            f"node '{node.id}' ({desc.tag}, {origin}): its construct {desc.construct} "
            f"cannot be imported: {type(exc).__name__}: {exc}"
        ) from None
    # The pipeline calls from_node/grant_orchestrator/steps: only a NodeConstruct has them.
    if not (isinstance(found, type) and issubclass(found, NodeConstruct)):
        raise KindUnavailable(
            f"node '{node.id}' ({desc.tag}, {origin}): its construct {desc.construct} "
            f"is not a NodeConstruct subclass (constructs_lib.node_base)"
        )
    return found


def _channel(ref: NodeRef) -> str:
    return str(ref).replace(".", "_")


class Pipeline(cdk.Construct):
    """A pipeline and its orchestrator.

    Props: `pipeline` (a ResolvedPipeline), `namer` (names; the root's is
    `Namer(env prefix, pipeline name)`), `tags` (applied explicitly to every taggable
    resource), `kit` (None = create a SecurityKit here: the root), `inputs` (artifacts
    bound to the pipeline's declared inputs: a parent's upstream outputs),
    `force_destroy` (buckets may be emptied on destroy; default False),
    `deletion_protection` (databases; default True).
    Attributes: `kit`, `orchestrator`, `outputs` (output name -> Artifact),
    `node_constructs` (node id -> construct), `children` (node id -> Pipeline).
    """

    def __init__(
        self,
        scope: cdk.Construct,
        construct_id: str,
        *,
        pipeline: ResolvedPipeline,
        namer: Namer,
        tags: dict[str, str],
        kit: SecurityKit | None = None,
        inputs: dict[str, Artifact] | None = None,
        force_destroy: bool = False,
        deletion_protection: bool = True,
    ) -> None:
        super().__init__(scope, construct_id)
        self.pipeline, self.namer, self.tags = pipeline, namer, tags
        self.kit = kit or SecurityKit(self, "security", namer=namer, tags=tags, force_destroy=force_destroy)
        self._deletion_protection, self._force_destroy = deletion_protection, force_destroy
        self.orchestrator = Orchestrator(self, "orchestrator", namer=namer, kit=self.kit, tags=tags)
        self.params = RuntimeParameters(dict(pipeline.declared), dict(pipeline.parameters))
        self.node_constructs: dict[str, NodeConstruct] = {}
        self._descriptors: dict[str, KindDescriptor] = {}
        self.children: dict[str, Pipeline] = {}
        self.cached_nodes: list[str] = []  # nodes behind a cache gate (constructs_lib/asl.py cache_gate)
        # (node id or pipeline input name, output name or None) -> artifact
        self._artifacts: dict[tuple[str, str | None], Artifact] = {}
        for name, kind in pipeline.inputs.items():
            # Deployed on its own (not as a node), a pipeline reads its inputs from its bucket.
            artifact = (inputs or {}).get(name) or self._standalone_input(name, kind)
            # Used as a node, the location arrives in the execution input (`$.inputs`). Deployed on its
            # own, a dataset input is the static prefix in its bucket: a run started without `inputs`
            # (the CLI, a schedule, the console) would otherwise fail on a missing JSONPath.
            standalone = inputs is None and isinstance(artifact, Dataset)
            self._artifacts[(name, None)] = artifact if standalone else _received(name, artifact)
        chains: dict[str, StepChain] = {}
        for node in pipeline.nodes:
            chain = self._build_node(node)
            # Only the root's nodes: the cache decisions arrive in the run's own input (a child
            # pipeline's input is what its parent passes). Every node with steps has a gate: a hit
            # reuses a cacheable kind's output, and `--only` skips any node (cache off ones too).
            if chain is not None and kit is None:
                names = self.namer.child(node.id)
                fields = reused_fields(node.kind, node.subtype)
                check, reuse, skip = (names.state_name(s) for s in ("cached?", "reuse cached output", "skip"))
                chain = cache_gate(node.id, chain, check, reuse, skip, fields)
                self.cached_nodes.append(node.id)
            if chain is not None:
                chains[node.id] = chain
        self.outputs: dict[str, Artifact] = {
            name: self._artifacts[(node_id, None)]
            for name, node_id in pipeline.outputs.items()
            if (node_id, None) in self._artifacts
        }
        comment = literal(pipeline.description) or f"Pipeline {pipeline.name} {pipeline.version}"
        takes_inputs = bool(pipeline.inputs) and (inputs is not None or "model" in pipeline.inputs.values())
        self.orchestrator.finalize(
            schedule(pipeline, chains),
            comment=comment,
            takes_inputs=takes_inputs,
            outputs={name: _output_parameters(a) for name, a in self.outputs.items()},
            parameters=self.params.defaults if pipeline.declared else None,
            keeps_input=bool(self.cached_nodes),
        )

    def _standalone_input(self, name: str, kind: str) -> Artifact:
        if kind == "dataset":
            return self.kit.artifact_dataset(self.namer, f"inputs/{name}")
        return Model(image_uri="", model_name_path=f"$.inputs.{name}.model_name")

    # --- nodes -----------------------------------------------------------------------------------

    def _artifact(self, ref: NodeRef) -> Artifact:
        return self._artifacts[(ref.node, ref.output)]

    def _context(self, node: ResolvedNode) -> NodeContext:
        namer = self.namer.child(node.id)
        return NodeContext(
            kit=self.kit,
            namer=namer,
            tags={**self.tags, NODE_TAG: "/".join(namer.path)},
            description=literal(getattr(node, "description", "") or ""),
            code_root=code_root_of(self.pipeline),
            deletion_protection=self._deletion_protection,
            params=self.params,
        )

    def _build_node(self, node: ResolvedNode) -> StepChain | None:
        if node.kind == "pipeline":
            return self._build_child(node)
        assert node.config is not None, f"node {node.id} has no config"
        config, context = literal_config(node.config), self._context(node)
        inputs = [self._artifact(ref) for ref in node.inputs]
        datasets = [a for a in inputs if isinstance(a, Dataset)]
        channels = [_channel(ref) for ref, a in zip(node.inputs, inputs) if isinstance(a, Dataset)]
        models = [a for a in inputs if isinstance(a, Model)]
        desc = node_descriptor(node)
        construct = construct_class(node, desc).from_node(
            self, node.id, config=config, context=context, inputs=NodeInputs(datasets, channels, models)
        )
        self.node_constructs[node.id] = construct
        self._descriptors[node.id] = desc
        output: Artifact | None = getattr(construct, desc.produces) if desc.produces else None
        if output is not None:
            self._artifacts[(node.id, None)] = output
        construct.grant_orchestrator(self.orchestrator.role)
        return construct.steps

    def _build_child(self, node: ResolvedNode) -> StepChain:
        assert node.child is not None, f"pipeline node {node.id} has no resolved child"
        # The child's own labels and identity tag its resources (the root's stay as provider default tags).
        child_tags = {
            **self.tags,
            **literal_deep(node.child.labels),
            CHILD_TAG: f"{node.child.name}@{node.child.version}",
            NODE_TAG: "/".join(self.namer.child(node.id).path),
        }
        bound = {name: self._artifact(ref) for name, ref in node.input_bindings.items()}
        child = Pipeline(
            self,
            node.id,
            pipeline=node.child,
            namer=self.namer.child(node.id),
            tags=child_tags,
            kit=self.kit,
            inputs=bound,
            force_destroy=self._force_destroy,
            deletion_protection=self._deletion_protection,
        )
        self.children[node.id] = child
        result = node_result_path(node.id)
        for name, artifact in child.outputs.items():
            exposed = _returned(artifact, f"{result}.outputs.{name}")
            self._artifacts[(node.id, name)] = exposed
            if len(child.outputs) == 1:
                self._artifacts[(node.id, None)] = exposed
        grant_start_execution_sync(
            self.orchestrator.role, self._context(node), f"run-{node.id}", child.orchestrator.arn, child.orchestrator.name
        )
        execution_input: dict[str, Any] = {
            "inputs": {name: _output_parameters(a) for name, a in bound.items()},
            "AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$": "$$.Execution.Id",
        }
        if node.child.declared:
            # `with:` values: literals, or this pipeline's parameters resolved now (see runtime_params).
            execution_input["parameters"] = self.params.bind_child(dict(node.child.declared), dict(node.child.parameters))
        return StepChain.single(
            self.namer.child(node.id).state_name(f"run {node.child.name}"),
            run_state_machine(
                child.orchestrator.arn,
                execution_input,
                result,
                comment=f"Nested pipeline {node.child.name} {node.child.version}",
                result_selector={"execution_arn.$": "$.ExecutionArn", "outputs.$": "$.Output.outputs"},
            ),
        )

    # --- outputs for the stack -------------------------------------------------------------------

    def describe_outputs(self, prefix: str = "") -> dict[str, Any]:
        """Terraform outputs per node (recursively): `<path>_<what>` -> value."""
        values: dict[str, Any] = {}
        for node_id, construct in self.node_constructs.items():
            for name, attribute in self._descriptors[node_id].outputs.items():
                value: Any = construct
                for part in attribute.split("."):
                    value = getattr(value, part)
                values[f"{prefix}{node_id}_{name}"] = value
        for node_id, child in self.children.items():
            values[f"{prefix}{node_id}_orchestrator_arn"] = child.orchestrator.arn
            values.update(child.describe_outputs(f"{prefix}{node_id}__"))
        return values


def schedule(pipeline: ResolvedPipeline, chains: dict[str, StepChain]) -> list[StepChain]:
    """The nodes' steps with independent branches in Parallel states (see asl_graph).

    Nodes without steps (an S3 source, an inference model) are ready at once; a node
    depending on them depends on what they depend on.
    """
    order = [n.id for n in pipeline.nodes]
    direct: dict[str, Iterable[str]] = {
        n.id: [r.node for r in (*n.inputs, *n.input_bindings.values()) if not r.is_pipeline_input] for n in pipeline.nodes
    }
    upstream = ancestors(order, direct)
    runs = [node for node in order if node in chains]
    deps: dict[str, Iterable[str]] = {node: [u for u in upstream[node] if u in chains] for node in runs}
    return to_chains(decompose(runs, deps), chains)


def _received(name: str, artifact: Artifact) -> Artifact:
    """An input artifact as seen inside the child: its location is read from the execution input."""
    if isinstance(artifact, Dataset):
        return dataclasses.replace(artifact, runtime_path=f"$.inputs.{name}.s3_uri")
    if artifact.model_name:  # a Terraform-managed model keeps its static name
        return artifact
    return dataclasses.replace(artifact, model_name_path=f"$.inputs.{name}.model_name")


def _returned(artifact: Artifact, path: str) -> Artifact:
    """A child's output artifact as seen by the parent (models registered at run time come back by name)."""
    if isinstance(artifact, Model) and artifact.model_name_path:
        return dataclasses.replace(artifact, model_name_path=f"{path}.model_name")
    if isinstance(artifact, Dataset) and artifact.runtime_path:  # written at run time: where this run wrote it
        return dataclasses.replace(artifact, runtime_path=f"{path}.s3_uri")
    if isinstance(artifact, Dataset):
        return dataclasses.replace(artifact, runtime_path=None)
    return artifact


def _output_parameters(artifact: Artifact) -> dict[str, str]:
    """ASL Parameters describing an artifact's location for the next pipeline level."""
    if isinstance(artifact, Dataset):
        return artifact.uri_field("s3_uri")
    return artifact.name_field("model_name")
