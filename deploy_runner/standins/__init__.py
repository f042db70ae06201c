"""Local stand-ins for SageMaker's built-in images: ECR repository name -> module run as ``python -m MODULE MODE``.

Modes: ``train`` (a training job), ``transform IN OUT`` (a batch transform job); serving
stand-ins are in ``endpoint_servers``. Each module's docstring gives the contract it follows.
"""

STANDINS = {
    "sagemaker-xgboost": "deploy_runner.standins.xgboost_algorithm",
    "huggingface-pytorch-training": "deploy_runner.standins.huggingface_training",
    "huggingface-pytorch-inference": "deploy_runner.standins.huggingface_inference",
}
